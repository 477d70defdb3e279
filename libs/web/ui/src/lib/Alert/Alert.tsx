import type { ReactNode } from 'react';
import './Alert.css';

export type AlertTone = 'error' | 'success' | 'info';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A message about the page or a form. Errors interrupt screen readers (`role="alert"`), success
 * and information wait their turn (`role="status"`).
 */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={['forum-alert', `forum-alert--${tone}`, className].filter(Boolean).join(' ')}
    >
      {title ? <p className="forum-alert__title">{title}</p> : null}
      {children ? <div className="forum-alert__body">{children}</div> : null}
    </div>
  );
}
