import type { ReactNode } from 'react';
import './AcceptedMark.css';

export interface AcceptedMarkProps {
  /** E.g. "Accepted by the asker" or "Verified by Anna Schmidt, Support Engineer". */
  children: ReactNode;
}

/** The mark on the answer that solved a question: a tick and who said so. */
export function AcceptedMark({ children }: AcceptedMarkProps) {
  return (
    <p className="forum-accepted-mark">
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M6.5 11.2L3.3 8l-1 1 4.2 4.2 8-8-1-1z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
