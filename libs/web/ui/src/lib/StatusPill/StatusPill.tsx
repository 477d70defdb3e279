import type { HTMLAttributes } from 'react';
import './StatusPill.css';

/** `degraded`: working, but without a part (the forum without search). */
export type StatusPillStatus = 'up' | 'degraded' | 'down' | 'unknown';

export interface StatusPillProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  status: StatusPillStatus;
  /** The translated word for the status; the colour is never the only signal. */
  label: string;
}

/** A small coloured badge that says whether something works. */
export function StatusPill({ status, label, className, ...rest }: StatusPillProps) {
  const classes = ['forum-status-pill', `forum-status-pill--${status}`, className].filter(Boolean);
  return (
    <span {...rest} className={classes.join(' ')} data-status={status}>
      <span className="forum-status-pill__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
