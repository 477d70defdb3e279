import type { Viewer } from '@forum/api/identity';
import { Role } from '@forum/shared/domain';

/** Staff who may edit anyone's post, verify solutions and close questions. */
const curators: readonly Role[] = [Role.Expert, Role.Moderator, Role.Admin];
const moderators: readonly Role[] = [Role.Moderator, Role.Admin];

export function isAuthor(viewer: Viewer, post: { authorId: string }): boolean {
  return post.authorId === viewer.user.id;
}

/** Authors edit their posts; experts and moderators edit any. */
export function mayEdit(viewer: Viewer, post: { authorId: string }): boolean {
  return isAuthor(viewer, post) || curators.includes(viewer.user.role);
}

/** Authors and moderators delete; only moderators restore. */
export function mayDelete(viewer: Viewer, post: { authorId: string }): boolean {
  return isAuthor(viewer, post) || moderators.includes(viewer.user.role);
}

export function isModerator(viewer: Viewer | undefined): boolean {
  return viewer !== undefined && moderators.includes(viewer.user.role);
}

/** The asker or an expert marks the solution. */
export function mayAccept(viewer: Viewer, question: { authorId: string }): boolean {
  return isAuthor(viewer, question) || curators.includes(viewer.user.role);
}

export function mayClose(viewer: Viewer): boolean {
  return curators.includes(viewer.user.role);
}
