// Every migration, oldest first; written by `npm run db:migration:generate` and `db:migration:create`.
import { EnableExtensions1763870000000 } from './1763870000000-enable-extensions.js';
import { CreateIdentity1795410683475 } from './1795410683475-create-identity.js';
import { CreateQuestionsAndAnswers1795411882919 } from './1795411882919-create-questions-and-answers.js';
import { AddCommentsRevisionsAndViews1795412114469 } from './1795412114469-add-comments-revisions-and-views.js';
import { AddSuggestionVisits1795417807097 } from './1795417807097-add-suggestion-visits.js';
import { AddReputationAndBadges1795417893339 } from './1795417893339-add-reputation-and-badges.js';
import { CreateIdeasAndNotifications1795417965153 } from './1795417965153-create-ideas-and-notifications.js';
import { BadgeAwardsInNotifications1795420000000 } from './1795420000000-badge-awards-in-notifications.js';
import { QuestionListIndexesAndTally1795423064750 } from './1795423064750-question-list-indexes-and-tally.js';
import { CreateAuditLog1796660159035 } from './1796660159035-create-audit-log.js';
import { HidePostsLockAndPinQuestions1796660610428 } from './1796660610428-hide-posts-lock-and-pin-questions.js';
import { CreateModeration1796661151571 } from './1796661151571-create-moderation.js';
import { SignInLinkPurpose1796670000000 } from './1796670000000-sign-in-link-purpose.js';
import { FlagIdeas1796670100000 } from './1796670100000-flag-ideas.js';
import { NotificationsFollowsAndReceipts1796670179350 } from './1796670179350-notifications-follows-and-receipts.js';
import { MentionNameSearch1796670524937 } from './1796670524937-mention-name-search.js';
import { FollowSettings1796670774715 } from './1796670774715-follow-settings.js';
import { NotificationEmail1796670835836 } from './1796670835836-notification-email.js';
import { NotificationPayloadIndex1796676000000 } from './1796676000000-notification-payload-index.js';
import { CreateSupportDesk1796680111713 } from './1796680111713-create-support-desk.js';
import { SupportDeskLadder1796680381774 } from './1796680381774-support-desk-ladder.js';
import { MigrateExpertProductAreas1796680419477 } from './1796680419477-migrate-expert-product-areas.js';
import { CreateRoutingSuggestions1796680449341 } from './1796680449341-create-routing-suggestions.js';
import { CreateQuestionPrivateDetails1796680504195 } from './1796680504195-create-question-private-details.js';
import { SolvedReminders1796680788350 } from './1796680788350-solved-reminders.js';
import { MailDeadLettersAndDeliveries1796692004572 } from './1796692004572-mail-dead-letters-and-deliveries.js';
import { IdeaVoteDeltas1796692142484 } from './1796692142484-idea-vote-deltas.js';

export const migrations = [
  EnableExtensions1763870000000,
  CreateIdentity1795410683475,
  CreateQuestionsAndAnswers1795411882919,
  AddCommentsRevisionsAndViews1795412114469,
  AddSuggestionVisits1795417807097,
  AddReputationAndBadges1795417893339,
  CreateIdeasAndNotifications1795417965153,
  BadgeAwardsInNotifications1795420000000,
  QuestionListIndexesAndTally1795423064750,
  CreateAuditLog1796660159035,
  HidePostsLockAndPinQuestions1796660610428,
  CreateModeration1796661151571,
  SignInLinkPurpose1796670000000,
  FlagIdeas1796670100000,
  NotificationsFollowsAndReceipts1796670179350,
  MentionNameSearch1796670524937,
  FollowSettings1796670774715,
  NotificationEmail1796670835836,
  NotificationPayloadIndex1796676000000,
  CreateSupportDesk1796680111713,
  SupportDeskLadder1796680381774,
  MigrateExpertProductAreas1796680419477,
  CreateRoutingSuggestions1796680449341,
  CreateQuestionPrivateDetails1796680504195,
  SolvedReminders1796680788350,
  MailDeadLettersAndDeliveries1796692004572,
  IdeaVoteDeltas1796692142484,
];
