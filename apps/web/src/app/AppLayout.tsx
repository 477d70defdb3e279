import { AccountMenu } from '@forum/web/feature-account';
import { ReviewQueueLink } from '@forum/web/feature-moderation';
import { NotificationBell } from '@forum/web/feature-notifications';
import { InboxLink } from '@forum/web/feature-support';
import { SearchBox } from '@forum/web/feature-qna';
import { isLanguage, useLanguage, useTranslation } from '@forum/web/i18n';
import { AppShell, LanguageSwitch } from '@forum/web/ui';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { RouteError } from './RouteError';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { useScrollOnNavigation } from './useScrollOnNavigation';

export interface AppLayoutProps {
  version: string;
}

export function AppLayout({ version }: AppLayoutProps) {
  const { t } = useTranslation();
  const { language, setLanguage, languages } = useLanguage();
  const { pathname } = useLocation();
  useScrollOnNavigation();

  return (
    <AppShell
      brand={<Link to="/">{t('productName')}</Link>}
      navigation={
        <>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/questions">{t('nav.questions')}</NavLink>
          <NavLink to="/leaderboard">{t('nav.leaderboard')}</NavLink>
          <NavLink to="/badges">{t('nav.badges')}</NavLink>
          <NavLink to="/ideas">{t('nav.ideas')}</NavLink>
          <NotificationBell />
          <ReviewQueueLink />
          <InboxLink />
        </>
      }
      navigationLabel={t('nav.label')}
      skipLinkLabel={t('skipToContent')}
      search={<SearchBox />}
      languageSwitch={
        <LanguageSwitch
          label={t('language.label')}
          value={language}
          options={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
          onChange={(value) => {
            if (isLanguage(value)) setLanguage(value);
          }}
        />
      }
      account={<AccountMenu />}
      footer={
        <>
          <span>{t('footer.tagline')}</span>
          <Link to={{ pathname: '/', hash: 'system-status' }}>{t('footer.status')}</Link>
          <span data-testid="app-version">{t('footer.version', { version })}</span>
        </>
      }
    >
      <RouteErrorBoundary key={pathname} fallback={<RouteError />}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
    </AppShell>
  );
}
