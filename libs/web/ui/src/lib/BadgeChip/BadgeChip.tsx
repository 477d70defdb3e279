import './BadgeChip.css';

export type BadgeTierName = 'gold' | 'silver' | 'bronze';

export interface BadgeChipProps {
  /** The badge's translated name. */
  name: string;
  tier: BadgeTierName;
  /** The translated tier, e.g. "Gold"; read by screen readers, shown as colour. */
  tierLabel: string;
  /** Longer text shown on hover, e.g. what earned it. */
  description?: string;
}

/** A badge as a small pill in its tier's colour; the tier is in the text too, not colour alone. */
export function BadgeChip({ name, tier, tierLabel, description }: BadgeChipProps) {
  return (
    <span className={`forum-badge-chip forum-badge-chip--${tier}`} title={description}>
      <span className="forum-badge-chip__dot" aria-hidden="true" />
      {name}
      <span className="forum-visually-hidden">{` (${tierLabel})`}</span>
    </span>
  );
}
