import { graphqlEnum } from '@forum/api/platform';
import {
  FlagReason,
  FlagTargetKind,
  ReviewAction,
  ReviewCause,
  ReviewStatus,
} from '@forum/shared/domain';

export const FlagTargetKindEnum = graphqlEnum(
  FlagTargetKind,
  'FlagTargetKind',
  'What can be flagged and reviewed: QUESTION, ANSWER, COMMENT (on a question or answer), USER (a profile) or IDEA (an idea on the board).',
);

export const FlagReasonEnum = graphqlEnum(
  FlagReason,
  'FlagReason',
  'Why something was flagged: SPAM, OFFENSIVE, OFF_TOPIC, NEEDS_STAFF (experts of the product area see it too) or OTHER (a note is required).',
);

export const ReviewCauseEnum = graphqlEnum(
  ReviewCause,
  'ReviewCause',
  'Why an item is in the review queue: FLAGS (members flagged it), FIRST_POST (a new account’s first post, public meanwhile) or SPAM_RULE (a spam rule held the post; hidden meanwhile).',
);

export const ReviewStatusEnum = graphqlEnum(
  ReviewStatus,
  'ReviewStatus',
  'Where a review item stands: OPEN, APPROVED or REJECTED (hidden, deleted or author suspended).',
);

export const ReviewActionEnum = graphqlEnum(
  ReviewAction,
  'ReviewAction',
  'A reviewer’s decision: APPROVE (make a held or flagged post public again, dismiss the flags), HIDE (keep or make the post hidden, reason moderator), DELETE (soft-delete the post or comment) or SUSPEND_AUTHOR (hide the post and suspend its author until `suspendUntil`). To fix a post instead, edit it as usual, then APPROVE.',
);
