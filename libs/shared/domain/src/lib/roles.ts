/** What a person may do in the community. Everyone but members is company staff. */
export const Role = {
  Member: 'member',
  Expert: 'expert',
  ProductManager: 'product_manager',
  Moderator: 'moderator',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const roles: readonly Role[] = Object.values(Role);

export function isStaff(role: Role): boolean {
  return role !== Role.Member;
}

/**
 * Staff who answer customers and work the support desk: experts, moderators and admins. Product
 * managers are staff too, but they read feedback rather than answer questions.
 */
export const supportStaffRoles: readonly Role[] = [Role.Expert, Role.Moderator, Role.Admin];

export function isSupportStaff(role: Role): boolean {
  return supportStaffRoles.includes(role);
}

/** Plan tiers of customer organisations; product managers segment votes by them. */
export const OrganisationPlan = {
  Free: 'free',
  Pro: 'pro',
  Enterprise: 'enterprise',
} as const;
export type OrganisationPlan = (typeof OrganisationPlan)[keyof typeof OrganisationPlan];

export const Locale = { English: 'en', German: 'de' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const locales: readonly Locale[] = Object.values(Locale);
