import type { Viewer } from '@forum/api/identity';
import { PostHiddenReason, Role } from '@forum/shared/domain';

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

/** Accepting someone else's answer as staff verifies it ("Verified by Anna Schmidt"). */
export function verifies(viewer: Viewer, answer: { authorId: string }): boolean {
  return !isAuthor(viewer, answer) && curators.includes(viewer.user.role);
}

/**
 * Staff marking their own answer to someone else's question: nobody else checked it, so it is
 * never shown as verified ("Marked as the solution by its author (staff)"), or refused when
 * `SupportConfig.selfVerify` is `forbid`.
 */
export function selfVerifies(
  viewer: Viewer,
  question: { authorId: string },
  answer: { authorId: string },
): boolean {
  return (
    isAuthor(viewer, answer) && !isAuthor(viewer, question) && curators.includes(viewer.user.role)
  );
}

/** How an accepted answer came to be the solution, from who accepted it and who wrote it. */
export const AcceptanceKind = {
  /** The asker accepted it. */
  Asker: 'asker',
  /** Staff accepted someone else's answer: verified. */
  StaffVerified: 'staff_verified',
  /** Staff accepted their own answer to someone else's question: not verified. */
  AuthorStaff: 'author_staff',
} as const;
export type AcceptanceKind = (typeof AcceptanceKind)[keyof typeof AcceptanceKind];

export function acceptanceKind(
  acceptedById: string,
  question: { authorId: string },
  answer: { authorId: string },
): AcceptanceKind {
  if (acceptedById === question.authorId) return AcceptanceKind.Asker;
  return acceptedById === answer.authorId
    ? AcceptanceKind.AuthorStaff
    : AcceptanceKind.StaffVerified;
}

export function mayClose(viewer: Viewer): boolean {
  return curators.includes(viewer.user.role);
}

/**
 * Moderators and admins hide, lock and pin. Experts do not: they curate answers in their product
 * areas, while taking a post from the community is a trust-and-safety decision kept with moderators.
 */
export function mayModerate(viewer: Viewer | undefined): boolean {
  return isModerator(viewer);
}

/** A hidden post is seen by moderators and admins, and by its author, with the reason. */
export function maySeeHidden(viewer: Viewer | undefined, post: { authorId: string }): boolean {
  return viewer !== undefined && (isModerator(viewer) || isAuthor(viewer, post));
}

/**
 * The note on a hidden post: moderators always read it; the author only a moderator's note, never
 * the name of the spam rule or the flags that held the post (which would teach evasion).
 */
export function mayReadHiddenNote(
  viewer: Viewer | undefined,
  post: { authorId: string; hiddenReason: PostHiddenReason | null },
): boolean {
  return (
    isModerator(viewer) ||
    (viewer !== undefined &&
      isAuthor(viewer, post) &&
      post.hiddenReason === PostHiddenReason.Moderator)
  );
}

/** Whether this viewer sees the post: public ones everyone, hidden ones only as `maySeeHidden`. */
export function isVisibleTo(
  viewer: Viewer | undefined,
  post: { authorId: string; hiddenAt: Date | null },
): boolean {
  return post.hiddenAt === null || maySeeHidden(viewer, post);
}
