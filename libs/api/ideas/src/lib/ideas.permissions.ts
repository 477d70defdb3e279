import type { Viewer } from '@forum/api/identity';
import { IdeaStatus, isStaff, Role } from '@forum/shared/domain';

/** Product managers and admins run the board: statuses, merges, insights, vote reasons. */
const productManagers: readonly Role[] = [Role.ProductManager, Role.Admin];
const moderators: readonly Role[] = [Role.Moderator, Role.Admin];

export function managesIdeas(viewer: Viewer): boolean {
  return productManagers.includes(viewer.user.role);
}

/** The author edits while the idea is under review; product managers and admins any time. */
export function mayEditIdea(
  viewer: Viewer,
  idea: { authorId: string; status: IdeaStatus },
): boolean {
  const authorMayEdit = idea.authorId === viewer.user.id && idea.status === IdeaStatus.UnderReview;
  return managesIdeas(viewer) || authorMayEdit;
}

/** Authors delete their comments, moderators any. */
export function mayDeleteIdeaComment(viewer: Viewer, comment: { authorId: string }): boolean {
  return comment.authorId === viewer.user.id || moderators.includes(viewer.user.role);
}

/** Who voted how and why is for product managers and admins. */
export function mayReadVotes(viewer: Viewer | undefined): viewer is Viewer {
  return viewer !== undefined && managesIdeas(viewer);
}

/** Internal notes are for company staff. */
export function mayReadNotes(viewer: Viewer | undefined): viewer is Viewer {
  return viewer !== undefined && isStaff(viewer.user.role);
}
