import { useTranslation } from '@forum/web/i18n';
import { NavLink } from 'react-router';
import type { Capabilities } from '../../utils/capabilities';

/** The admin pages a role includes, in menu order; the account menu lists the same. */
export function adminPagesOf(capabilities: Capabilities) {
  return [
    { to: '/admin/people', label: 'account.people', allowed: capabilities.viewPeople },
    {
      to: '/admin/organisations',
      label: 'account.organisations',
      allowed: capabilities.viewOrganisations,
    },
    { to: '/admin/tags', label: 'account.tags', allowed: capabilities.manageTags },
    { to: '/admin/products', label: 'account.products', allowed: capabilities.manageProducts },
    { to: '/admin/privileges', label: 'account.privileges', allowed: capabilities.viewPrivileges },
    { to: '/admin/audit', label: 'account.auditLog', allowed: capabilities.viewAuditLog },
    {
      to: '/admin/support',
      label: 'account.supportPolicies',
      allowed: capabilities.manageSupportPolicies,
    },
    {
      to: '/admin/moderation',
      label: 'account.moderationSettings',
      allowed: capabilities.manageModerationSettings,
    },
    { to: '/admin/mail', label: 'account.deadMail', allowed: capabilities.resendDeadMail },
  ] as const satisfies ReadonlyArray<{ to: string; label: `account.${string}`; allowed: boolean }>;
}

/** Links between the admin pages the viewer may see; nothing when there is only one. */
export function AdminNav({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation(['common', 'admin']);
  const pages = adminPagesOf(capabilities).filter((page) => page.allowed);
  if (pages.length < 2) return null;
  return (
    <nav className="forum-admin__nav" aria-label={t('admin:navLabel')}>
      {pages.map((page) => (
        <NavLink key={page.to} to={page.to}>
          {t(page.label)}
        </NavLink>
      ))}
    </nav>
  );
}
