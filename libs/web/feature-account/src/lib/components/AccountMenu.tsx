import { useTranslation } from '@forum/web/i18n';
import { DisclosureMenu } from '@forum/web/ui';
import { Link, useLocation } from 'react-router';
import { signInPath, useViewer } from '@forum/web/data-access-session';
import { useSignOut } from '../hooks/useSignOut';
import { capabilitiesOf, hasExpertSettings } from '../utils/capabilities';
import { adminPagesOf } from './admin/AdminNav';

/**
 * The account corner of the header: sign-in links for visitors, the person's name with their
 * pages (settings, and the admin pages their role includes) and signing out for everyone else.
 */
export function AccountMenu() {
  const { t } = useTranslation(['common', 'admin']);
  const { viewer, loading } = useViewer();
  const { signOut, fetching } = useSignOut();
  const { pathname, search } = useLocation();

  // Neither state is known yet: show nothing rather than the wrong links.
  if (loading) return null;

  if (!viewer) {
    return (
      <>
        <Link to={signInPath(`${pathname}${search}`)}>{t('account.signIn')}</Link>
        <Link to="/sign-up">{t('account.signUp')}</Link>
      </>
    );
  }

  const capabilities = capabilitiesOf(viewer.role);
  return (
    <DisclosureMenu label={viewer.displayName}>
      <ul aria-label={t('account.menu')}>
        <li>
          <Link to={`/users/${viewer.id}?tab=questions`}>{t('account.myQuestions')}</Link>
        </li>
        <li>
          <Link to={`/users/${viewer.id}?tab=answers`}>{t('account.myAnswers')}</Link>
        </li>
        <li>
          <Link to="/following">{t('account.following')}</Link>
        </li>
        <li>
          <Link to="/settings">{t('account.settings')}</Link>
        </li>
        {hasExpertSettings(viewer.role) ? (
          <li>
            <Link to="/settings/expert">{t('account.expertSettings')}</Link>
          </li>
        ) : null}
        {adminPagesOf(capabilities)
          .filter((page) => page.allowed)
          .map((page) => (
            <li key={page.to}>
              <Link to={page.to}>{t(page.label)}</Link>
            </li>
          ))}
        <li>
          <hr />
          <button type="button" disabled={fetching} onClick={() => void signOut()}>
            {t('account.signOut')}
          </button>
        </li>
      </ul>
    </DisclosureMenu>
  );
}
