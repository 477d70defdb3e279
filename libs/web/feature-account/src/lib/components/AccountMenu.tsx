import { useTranslation } from '@forum/web/i18n';
import { DisclosureMenu } from '@forum/web/ui';
import { Link, useLocation } from 'react-router';
import { signInPath, useViewer } from '@forum/web/data-access-session';
import { useSignOut } from '../hooks/useSignOut';
import { capabilitiesOf } from '../utils/capabilities';

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
          <Link to="/settings">{t('account.settings')}</Link>
        </li>
        {capabilities.viewPeople ? (
          <li>
            <Link to="/admin/people">{t('account.people')}</Link>
          </li>
        ) : null}
        {capabilities.viewOrganisations ? (
          <li>
            <Link to="/admin/organisations">{t('account.organisations')}</Link>
          </li>
        ) : null}
        {capabilities.viewAuditLog ? (
          <li>
            <Link to="/admin/audit">{t('admin:audit.menu')}</Link>
          </li>
        ) : null}
        {viewer.role === 'ADMIN' ? (
          <li>
            <Link to="/admin/moderation">{t('account.moderationSettings')}</Link>
          </li>
        ) : null}
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
