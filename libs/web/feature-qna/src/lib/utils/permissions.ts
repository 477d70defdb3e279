import {
  isAllowed,
  mutationAccess,
  Role as DomainRole,
  type MutationName,
} from '@forum/shared/domain';
import type { QuestionState, Role } from '@forum/web/data-access-graphql';

/** The GraphQL enum (`PRODUCT_MANAGER`) for the shared role values (`product_manager`). */
const domainRoleOf: Record<Role, DomainRole> = {
  ADMIN: DomainRole.Admin,
  EXPERT: DomainRole.Expert,
  MEMBER: DomainRole.Member,
  MODERATOR: DomainRole.Moderator,
  PRODUCT_MANAGER: DomainRole.ProductManager,
};

// The API's rules on top of the mutation table (libs/api/qna qna.permissions): curators edit any
// post and mark solutions; moderators delete any post. The API checks all of it again.
const curators: readonly DomainRole[] = [DomainRole.Expert, DomainRole.Moderator, DomainRole.Admin];
const moderators: readonly DomainRole[] = [DomainRole.Moderator, DomainRole.Admin];

/** Who is looking: null for visitors. */
export interface QnaViewer {
  id: string;
  role: Role;
}

export interface QuestionPermissions {
  vote: boolean;
  edit: boolean;
  delete: boolean;
  restore: boolean;
  close: boolean;
  reopen: boolean;
  comment: boolean;
  answer: boolean;
  hide: boolean;
  unhide: boolean;
  lock: boolean;
  unlock: boolean;
  pin: boolean;
  unpin: boolean;
}

export interface AnswerPermissions {
  vote: boolean;
  edit: boolean;
  delete: boolean;
  /** Mark it as the solution, or withdraw that. */
  accept: boolean;
  /** "Worked for me too". */
  confirm: boolean;
  comment: boolean;
  hide: boolean;
  unhide: boolean;
}

function rulesFor(viewer: QnaViewer | null | undefined) {
  const role = viewer ? domainRoleOf[viewer.role] : undefined;
  const may = (mutation: MutationName) => isAllowed(mutationAccess[mutation], role);
  const isCurator = role !== undefined && curators.includes(role);
  const isModerator = role !== undefined && moderators.includes(role);
  const owns = (authorId: string) => viewer?.id === authorId;
  return { may, isCurator, isModerator, owns };
}

export function questionPermissions(
  viewer: QnaViewer | null | undefined,
  question: {
    authorId: string;
    state: QuestionState;
    isDeleted: boolean;
    hidden?: boolean;
    locked?: boolean;
    pinned?: boolean;
  },
): QuestionPermissions {
  const { may, isCurator, isModerator, owns } = rulesFor(viewer);
  const own = owns(question.authorId);
  const closed = question.state === 'CLOSED';
  // A deleted question can only be looked at and restored.
  const live = !question.isDeleted;
  // A locked question takes no answers or comments; only moderators still edit its posts.
  const open = live && !question.locked;
  return {
    vote: live && may('vote') && !own,
    edit: live && may('editQuestion') && (isModerator || (!question.locked && (own || isCurator))),
    delete: live && may('deleteQuestion') && (own || isModerator),
    restore: question.isDeleted && may('restoreQuestion'),
    close: live && !closed && may('closeQuestion'),
    reopen: live && closed && may('reopenQuestion'),
    comment: open && may('addComment'),
    answer: open && !closed && may('postAnswer'),
    hide: live && !question.hidden && may('hidePost'),
    unhide: live && Boolean(question.hidden) && may('unhidePost'),
    lock: live && !question.locked && may('lockQuestion'),
    unlock: live && Boolean(question.locked) && may('unlockQuestion'),
    pin: live && !question.pinned && may('pinQuestion'),
    unpin: live && Boolean(question.pinned) && may('unpinQuestion'),
  };
}

export function answerPermissions(
  viewer: QnaViewer | null | undefined,
  answer: { authorId: string; hidden?: boolean },
  question: { authorId: string; isDeleted: boolean; locked?: boolean },
): AnswerPermissions {
  const { may, isCurator, isModerator, owns } = rulesFor(viewer);
  const own = owns(answer.authorId);
  const live = !question.isDeleted;
  return {
    vote: live && may('vote') && !own,
    edit: live && may('editAnswer') && (isModerator || (!question.locked && (own || isCurator))),
    delete: live && may('deleteAnswer') && (own || isModerator),
    accept: live && may('acceptAnswer') && (owns(question.authorId) || isCurator),
    confirm: live && may('confirmAnswer') && !own,
    comment: live && !question.locked && may('addComment'),
    hide: live && !answer.hidden && may('hidePost'),
    unhide: live && Boolean(answer.hidden) && may('unhidePost'),
  };
}

/** Authors and moderators delete comments. */
export function mayDeleteComment(
  viewer: QnaViewer | null | undefined,
  comment: { authorId: string },
): boolean {
  const { may, isModerator, owns } = rulesFor(viewer);
  return may('deleteComment') && (owns(comment.authorId) || isModerator);
}

/** Moderators restore deleted answers. */
export function mayRestoreAnswers(viewer: QnaViewer | null | undefined): boolean {
  return rulesFor(viewer).may('restoreAnswer');
}

/** Moderators see deleted questions and restore them. */
export function mayRestoreQuestions(viewer: QnaViewer | null | undefined): boolean {
  return rulesFor(viewer).may('restoreQuestion');
}

/** Signed-in people ask questions. */
export function mayAsk(viewer: QnaViewer | null | undefined): boolean {
  return rulesFor(viewer).may('askQuestion');
}
