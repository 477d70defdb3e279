import { graphqlEnum } from '@forum/api/platform';
import { PostHiddenReason } from '@forum/shared/domain';

export const ModeratedPostKindEnum = graphqlEnum(
  { Question: 'question', Answer: 'answer' },
  'ModeratedPostKind',
  'What kind of post a moderator hides or shows again.',
);

export const PostHiddenReasonEnum = graphqlEnum(
  PostHiddenReason,
  'PostHiddenReason',
  'Why a post is hidden: flagged by members, held for review by a spam rule, or hidden by a moderator.',
);
