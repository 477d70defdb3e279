import { Role } from './roles.js';

/**
 * What staff did, as recorded in the audit log. One value per kind of action; the log's filters,
 * the admin page and the CSV export all use these names.
 */
export const AuditAction = {
  RoleChanged: 'user.role_changed',
  ExpertProfileChanged: 'user.expert_profile_changed',
  Suspended: 'user.suspended',
  Unsuspended: 'user.unsuspended',
  AccountTrusted: 'user.trusted',
  AccountUntrusted: 'user.untrusted',
  OrganisationAssigned: 'user.organisation_assigned',
  PrivateDetailsViewed: 'user.private_details_viewed',
  QuestionDeleted: 'question.deleted',
  QuestionRestored: 'question.restored',
  QuestionClosed: 'question.closed',
  QuestionReopened: 'question.reopened',
  QuestionHidden: 'question.hidden',
  QuestionUnhidden: 'question.unhidden',
  QuestionLocked: 'question.locked',
  QuestionUnlocked: 'question.unlocked',
  QuestionPinned: 'question.pinned',
  QuestionUnpinned: 'question.unpinned',
  QuestionEditedByStaff: 'question.edited_by_staff',
  /** Staff read the private details the asker added to a question. */
  QuestionPrivateDetailsViewed: 'question.private_details_viewed',
  AnswerDeleted: 'answer.deleted',
  AnswerRestored: 'answer.restored',
  AnswerHidden: 'answer.hidden',
  AnswerUnhidden: 'answer.unhidden',
  AnswerEditedByStaff: 'answer.edited_by_staff',
  AnswerAcceptedOnBehalf: 'answer.accepted_on_behalf',
  AnswerUnacceptedOnBehalf: 'answer.unaccepted_on_behalf',
  CommentDeleted: 'comment.deleted',
  IdeaMerged: 'idea.merged',
  IdeaStatusChanged: 'idea.status_changed',
  IdeaEditedByStaff: 'idea.edited_by_staff',
  IdeaCommentDeleted: 'idea_comment.deleted',
  OrganisationVoteRecorded: 'idea.organisation_vote_recorded',
  OrganisationVoteRemoved: 'idea.organisation_vote_removed',
  QuestionLinkedToIdea: 'idea.question_linked',
  QuestionUnlinkedFromIdea: 'idea.question_unlinked',
  TagRenamed: 'tag.renamed',
  TagsMerged: 'tag.merged',
  ProductCreated: 'product.created',
  ProductUpdated: 'product.updated',
  OrganisationCreated: 'organisation.created',
  OrganisationUpdated: 'organisation.updated',
  ReviewApproved: 'review.approved',
  ReviewRejected: 'review.rejected',
  FlagsDismissed: 'flags.dismissed',
  SettingsChanged: 'settings.changed',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const auditActions: readonly AuditAction[] = Object.values(AuditAction);

/** What an audit entry is about. */
export const AuditTargetType = {
  User: 'user',
  Question: 'question',
  Answer: 'answer',
  Comment: 'comment',
  Idea: 'idea',
  IdeaComment: 'idea_comment',
  Tag: 'tag',
  Product: 'product',
  Organisation: 'organisation',
  Settings: 'settings',
} as const;
export type AuditTargetType = (typeof AuditTargetType)[keyof typeof AuditTargetType];

/**
 * Who reads the audit log (the admin page, the `auditLog` query, the CSV export): admins. The
 * log watches what moderators do, so they do not read it; nobody changes it.
 */
export const auditLogReaders: readonly Role[] = [Role.Admin];
