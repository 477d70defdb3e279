import type { BadgeTierName } from './BadgeChip';
import './BadgeChip.css';

export interface ReputationSummaryProps {
  /** Already formatted for the reader's language, e.g. "1,234". */
  reputation: string;
  /** How many badges of each tier. */
  tiers: Readonly<Record<BadgeTierName, number>>;
  /** The whole summary in words, for screen readers and the tooltip: "1,234 reputation, 2 gold". */
  label: string;
}

const order: readonly BadgeTierName[] = ['gold', 'silver', 'bronze'];

/** Next to an author's name: reputation and a coloured count per badge tier. */
export function ReputationSummary({ reputation, tiers, label }: ReputationSummaryProps) {
  return (
    <span className="forum-reputation" title={label}>
      <span className="forum-visually-hidden">{label}</span>
      <span aria-hidden="true">
        <span className="forum-reputation__points">{reputation}</span>
        {order
          .filter((tier) => tiers[tier] > 0)
          .map((tier) => (
            <span key={tier} className={`forum-reputation__tier forum-badge-chip--${tier}`}>
              <span className="forum-badge-chip__dot" />
              {tiers[tier]}
            </span>
          ))}
      </span>
    </span>
  );
}
