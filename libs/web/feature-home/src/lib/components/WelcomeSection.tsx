import { useTranslation } from '@forum/web/i18n';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './WelcomeSection.css';

const icon = (path: ReactNode) => (
  <svg
    className="forum-home-welcome__icon"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
  >
    {path}
  </svg>
);

const PURPOSES = [
  {
    key: 'ask',
    to: '/questions/ask',
    icon: icon(
      <>
        <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4 4v-4h-.5A1.5 1.5 0 0 1 4 14.5z" />
        <path d="M10 8.5a2 2 0 1 1 2.5 1.94c-.3.08-.5.34-.5.65V11.5M12 13.5v.01" />
      </>,
    ),
  },
  {
    key: 'solutions',
    to: '/questions?state=solved',
    icon: icon(
      <>
        <circle cx="10.5" cy="10.5" r="6" />
        <path d="M15 15l5 5M8 10.5l1.8 1.8L13.2 9" />
      </>,
    ),
  },
  {
    key: 'ideas',
    to: undefined,
    icon: icon(
      <>
        <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.3.3.5.7.5 1.1V16h6v-1c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z" />
      </>,
    ),
  },
] as const;

/** What the community is for: ask, find solutions, vote on ideas. */
export function WelcomeSection() {
  const { t } = useTranslation('home');
  return (
    <section className="forum-home-welcome" aria-labelledby="welcome-title">
      <div className="forum-home-welcome__intro">
        <p className="forum-home-welcome__eyebrow">{t('welcome.eyebrow')}</p>
        <h1 className="forum-home-welcome__title" id="welcome-title">
          {t('welcome.title')}
        </h1>
        <p className="forum-home-welcome__lead">{t('welcome.lead')}</p>
      </div>
      <ul className="forum-home-welcome__purposes">
        {PURPOSES.map((purpose) => (
          <li key={purpose.key} className="forum-home-welcome__purpose">
            {purpose.icon}
            <h2 className="forum-home-welcome__purpose-title">
              {purpose.to ? (
                <Link to={purpose.to}>{t(`welcome.${purpose.key}.title`)}</Link>
              ) : (
                t(`welcome.${purpose.key}.title`)
              )}
            </h2>
            <p className="forum-home-welcome__purpose-body">{t(`welcome.${purpose.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
