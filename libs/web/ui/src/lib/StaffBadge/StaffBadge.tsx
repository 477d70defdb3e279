import './StaffBadge.css';

export interface StaffBadgeProps {
  /** The person's display name. */
  name: string;
  /** Their public job title, e.g. "Support Engineer, Billing". */
  title?: string | null;
  /** The translated staff mark, e.g. "Staff". */
  staffLabel: string;
}

/**
 * Who wrote a post when a company employee did: "Anna Schmidt · Support Engineer, Billing ·
 * Staff". The mark is text as well as colour, so it reads the same to everyone.
 */
export function StaffBadge({ name, title, staffLabel }: StaffBadgeProps) {
  return (
    <span className="forum-staff-badge">
      <span className="forum-staff-badge__name">{name}</span>
      {title ? (
        <>
          <span className="forum-staff-badge__separator" aria-hidden="true">
            {' · '}
          </span>
          <span className="forum-staff-badge__title">{title}</span>
        </>
      ) : null}
      <span className="forum-staff-badge__separator" aria-hidden="true">
        {' · '}
      </span>
      <span className="forum-staff-badge__mark">
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1.5l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.3l-3.8 2 .7-4.3-3.1-3 4.3-.6z" />
        </svg>
        {staffLabel}
      </span>
    </span>
  );
}
