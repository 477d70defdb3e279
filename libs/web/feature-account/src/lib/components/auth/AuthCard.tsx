import type { ReactNode } from 'react';
import { PageTitle } from '../PageTitle';
import './AuthCard.css';

export interface AuthCardProps {
  /** The page heading; also the document title unless `documentTitle` says otherwise. */
  title: string;
  documentTitle?: string;
  lead?: ReactNode;
  children: ReactNode;
  /** Below the card, e.g. "New here? Create an account". */
  footer?: ReactNode;
}

/** The narrow, centred card the sign-in, sign-up and e-mail link pages share. */
export function AuthCard({ title, documentTitle, lead, children, footer }: AuthCardProps) {
  return (
    <div className="forum-auth">
      <PageTitle page={documentTitle ?? title} />
      <section className="forum-auth__card" aria-labelledby="auth-title">
        <h1 className="forum-auth__title" id="auth-title">
          {title}
        </h1>
        {lead ? <p className="forum-auth__lead">{lead}</p> : null}
        <div className="forum-auth__body">{children}</div>
      </section>
      {footer ? <p className="forum-auth__footer">{footer}</p> : null}
    </div>
  );
}
