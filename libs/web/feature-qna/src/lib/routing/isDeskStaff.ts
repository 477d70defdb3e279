import type { Role } from '@forum/web/data-access-graphql';

const deskRoles: readonly Role[] = ['EXPERT', 'MODERATOR', 'ADMIN'];

/** Experts, moderators and admins: the staff who answer questions and see routing suggestions. */
export function isDeskStaff(viewer: { role: Role } | null | undefined): boolean {
  return viewer != null && deskRoles.includes(viewer.role);
}
