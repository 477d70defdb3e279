import { useTranslation } from '@forum/web/i18n';
import { NavLink } from 'react-router';
import type { Capabilities } from '../../utils/capabilities';

/** Links between the admin pages the viewer may see; nothing when there is only one. */
export function AdminNav({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation(['common', 'admin']);
  if (!capabilities.viewPeople || !capabilities.viewOrganisations) return null;
  return (
    <nav className="forum-admin__nav" aria-label={t('admin:navLabel')}>
      <NavLink to="/admin/people">{t('account.people')}</NavLink>
      <NavLink to="/admin/organisations">{t('account.organisations')}</NavLink>
      {capabilities.viewAuditLog ? (
        <NavLink to="/admin/audit">{t('admin:audit.menu')}</NavLink>
      ) : null}
    </nav>
  );
}
