import type { ReactNode } from 'react';
// The design tokens load with the shell every page renders: a bundler skips the library index's
// own CSS import, because pages take only the re-exports they use from it.
import '../theme/theme.css';
import './AppShell.css';

export interface AppShellProps {
  /** The product name, usually wrapped in a link to the home page. */
  brand: ReactNode;
  /** Links of the primary navigation; the current one carries `aria-current="page"`. */
  navigation?: ReactNode;
  /** Accessible name of the primary navigation landmark. */
  navigationLabel: string;
  /** Text of the link that lets keyboard users jump past the header. */
  skipLinkLabel: string;
  /** A search box, between the navigation and the tools. */
  search?: ReactNode;
  /** Usually a `LanguageSwitch`. */
  languageSwitch?: ReactNode;
  /** Sign-in links for visitors, the account menu for signed-in people. */
  account?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

const MAIN_ID = 'forum-main';

/** The frame around every page: header, main landmark and footer. */
export function AppShell({
  brand,
  navigation,
  navigationLabel,
  skipLinkLabel,
  search,
  languageSwitch,
  account,
  footer,
  children,
}: AppShellProps) {
  return (
    <div className="forum-shell">
      <a className="forum-shell__skip-link" href={`#${MAIN_ID}`}>
        {skipLinkLabel}
      </a>
      <header className="forum-shell__header">
        <div className="forum-shell__bar">
          <div className="forum-shell__brand">
            <svg
              className="forum-shell__logo"
              viewBox="0 0 32 32"
              aria-hidden="true"
              focusable="false"
            >
              <rect width="32" height="32" rx="8" />
              <path d="M10.5 8h11A2.5 2.5 0 0 1 24 10.5v7a2.5 2.5 0 0 1-2.5 2.5H15l-4.5 4v-4A2.5 2.5 0 0 1 8 17.5v-7A2.5 2.5 0 0 1 10.5 8z" />
            </svg>
            {brand}
          </div>
          {navigation ? (
            <nav className="forum-shell__nav" aria-label={navigationLabel}>
              {navigation}
            </nav>
          ) : null}
          {search}
          {languageSwitch || account ? (
            <div className="forum-shell__tools">
              {languageSwitch}
              {account ? <div className="forum-shell__account">{account}</div> : null}
            </div>
          ) : null}
        </div>
      </header>
      <main className="forum-shell__main" id={MAIN_ID} tabIndex={-1}>
        {children}
      </main>
      {footer ? (
        <footer className="forum-shell__footer">
          <div className="forum-shell__footer-inner">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}
