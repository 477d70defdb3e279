import type { ReactNode } from 'react';
import './MessagePanel.css';

export interface MessagePanelProps {
  /** A short code shown above the title, such as "404". */
  eyebrow?: string;
  title: string;
  children?: ReactNode;
  /** Usually one link that leads somewhere useful. */
  action?: ReactNode;
}

/** A centred message for empty, missing or failed pages. */
export function MessagePanel({ eyebrow, title, children, action }: MessagePanelProps) {
  return (
    <section className="forum-message-panel">
      {eyebrow ? <p className="forum-message-panel__eyebrow">{eyebrow}</p> : null}
      <h1 className="forum-message-panel__title">{title}</h1>
      {children ? <div className="forum-message-panel__body">{children}</div> : null}
      {action ? <div className="forum-message-panel__action">{action}</div> : null}
    </section>
  );
}
