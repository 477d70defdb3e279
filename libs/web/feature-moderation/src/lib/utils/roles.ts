import type { Role } from '@forum/web/data-access-graphql';

/** Who reviews: moderators and admins every item, experts the NEEDS_STAFF ones of their areas. */
export function reviewerKind(role: Role | undefined): 'staff' | 'expert' | null {
  if (role === 'ADMIN' || role === 'MODERATOR') return 'staff';
  if (role === 'EXPERT') return 'expert';
  return null;
}

/** Only admins change the moderation settings and trust accounts. */
export function isAdmin(role: Role | undefined): boolean {
  return role === 'ADMIN';
}
