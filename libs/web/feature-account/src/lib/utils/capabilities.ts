import {
  auditLogReaders,
  isAllowed,
  mutationAccess,
  Role as DomainRole,
} from '@forum/shared/domain';
import type { Role } from '@forum/web/data-access-graphql';

/** The GraphQL enum (`PRODUCT_MANAGER`) for the shared role values (`product_manager`). */
const domainRoleOf: Record<Role, DomainRole> = {
  ADMIN: DomainRole.Admin,
  EXPERT: DomainRole.Expert,
  MEMBER: DomainRole.Member,
  MODERATOR: DomainRole.Moderator,
  PRODUCT_MANAGER: DomainRole.ProductManager,
};

/** What a person's role lets them do on the admin pages. The API checks all of it again. */
export interface Capabilities {
  /** The `users` query: admins and moderators. */
  viewPeople: boolean;
  changeRoles: boolean;
  editStaffProfiles: boolean;
  setOrganisations: boolean;
  suspend: boolean;
  /** The `organisations` query: admins and product managers. */
  viewOrganisations: boolean;
  manageOrganisations: boolean;
  /** The `tags` query, renaming and merging tags: moderators and admins. */
  manageTags: boolean;
  /** Creating and renaming product areas: admins. */
  manageProducts: boolean;
  /** The privilege thresholds page: those who look after members (admins and moderators). */
  viewPrivileges: boolean;
  /** The `auditLog` query and its CSV export: admins. */
  viewAuditLog: boolean;
  /** Spam-rule and flag thresholds: admins. */
  manageModerationSettings: boolean;
  /** Setting other staff members' expert areas: admins. */
  editExpertAreas: boolean;
  /** Products' support hours and response targets: admins. */
  manageSupportPolicies: boolean;
  /** The `deadMail` query and resending undelivered mail: admins. */
  resendDeadMail: boolean;
}

// Queries are not in the shared mutation table, so their audience is listed here.
const peopleViewers: readonly Role[] = ['ADMIN', 'MODERATOR'];
const organisationViewers: readonly Role[] = ['ADMIN', 'PRODUCT_MANAGER'];

export function capabilitiesOf(role: Role | null | undefined): Capabilities {
  const domainRole = role ? domainRoleOf[role] : undefined;
  const may = (mutation: keyof typeof mutationAccess) =>
    isAllowed(mutationAccess[mutation], domainRole);
  return {
    viewPeople: role ? peopleViewers.includes(role) : false,
    changeRoles: may('setUserRole'),
    editStaffProfiles: may('setExpertProfile'),
    setOrganisations: may('setOrganisation'),
    suspend: may('suspendUser'),
    viewOrganisations: role ? organisationViewers.includes(role) : false,
    manageOrganisations: may('createOrganisation') && may('updateOrganisation'),
    manageTags: may('renameTag') && may('mergeTags'),
    manageProducts: may('createProduct') && may('updateProduct'),
    viewPrivileges: role ? peopleViewers.includes(role) : false,
    viewAuditLog: domainRole ? auditLogReaders.includes(domainRole) : false,
    manageModerationSettings: may('updateModerationSettings'),
    editExpertAreas: may('setExpertAreas'),
    manageSupportPolicies: may('updateSupportPolicy'),
    resendDeadMail: may('resendDeadMail'),
  };
}

/** Whether the role covers areas and takes time away (`/settings/expert`): support staff. */
export function hasExpertSettings(role: Role | null | undefined): boolean {
  const domainRole = role ? domainRoleOf[role] : undefined;
  return (
    isAllowed(mutationAccess.updateMyExpertAreas, domainRole) &&
    isAllowed(mutationAccess.setAway, domainRole)
  );
}

export const ROLES: readonly Role[] = ['MEMBER', 'EXPERT', 'PRODUCT_MANAGER', 'MODERATOR', 'ADMIN'];
