import { badgeCatalog } from '@forum/shared/domain';
import type { IdeaStatus, NotificationsQuery } from '@forum/web/data-access-graphql';
import type { TFunction } from 'i18next';

type NotificationPayload = NotificationsQuery['notifications']['edges'][number]['node']['payload'];

const badgeTiers = ['bronze', 'silver', 'gold'] as const;
const flagTargets = ['question', 'answer', 'comment', 'user', 'idea'] as const;
const escalationSteps = ['warn', 'breached', 'admins'] as const;

/** Who caused it and how many events it stands for (unread ones about one subject coalesce). */
export interface NotificationContext {
  count?: number | null;
  actorName?: string | null;
}

/** The answer on its question's page, where the page scrolls to it. */
function postLink(questionId: string, answerId: string | null | undefined): string {
  return answerId ? `/questions/${questionId}#answer-${answerId}` : `/questions/${questionId}`;
}

/** The sentence and link for a notification, by the type of its payload. */
export function notificationText(
  t: TFunction<'ideas'>,
  payload: NotificationPayload,
  language: string,
  context: NotificationContext = {},
): { text: string; link: string | null } {
  const count = context.count ?? 1;
  const actor = context.actorName ?? t('notifications.someone');
  switch (payload?.__typename) {
    case 'AnswerPostedPayload':
      return {
        text: t('notifications.answerPosted', { count, actor, title: payload.questionTitle }),
        link: postLink(payload.aboutQuestionId, payload.answerId),
      };
    case 'CommentPostedPayload':
      return {
        text: t('notifications.commentPosted', { count, actor, title: payload.questionTitle }),
        link: postLink(payload.aboutQuestionId, payload.onAnswerId),
      };
    case 'AnswerAcceptedPayload':
      return {
        text: t('notifications.answerAccepted', { actor, title: payload.questionTitle }),
        link: postLink(payload.aboutQuestionId, payload.answerId),
      };
    case 'AnswerVerifiedPayload':
      return {
        text: t(
          payload.onYourQuestion
            ? 'notifications.solutionVerified'
            : 'notifications.answerVerified',
          { actor, title: payload.questionTitle },
        ),
        link: postLink(payload.aboutQuestionId, payload.answerId),
      };
    case 'QuestionClosedAsDuplicatePayload':
      return {
        text: t('notifications.closedAsDuplicate', {
          title: payload.questionTitle,
          target: payload.duplicateOfTitle,
        }),
        link: `/questions/${payload.duplicateOfId}`,
      };
    case 'MentionPayload':
      return {
        text: t('notifications.mention', { actor, title: payload.questionTitle }),
        link: postLink(payload.aboutQuestionId, payload.onAnswerId),
      };
    case 'QuestionInFollowedAreaPayload':
      return {
        text: t('notifications.questionInFollowedArea', {
          count,
          actor,
          title: payload.questionTitle,
        }),
        link: `/questions/${payload.aboutQuestionId}`,
      };
    case 'QuestionSolvedCheckPayload':
      return {
        text: t('notifications.solvedCheck', { title: payload.questionTitle }),
        link: `/solved?${new URLSearchParams({ token: payload.solvedCheckToken }).toString()}`,
      };
    case 'QuestionRoutedPayload':
      return {
        text:
          payload.solvedSimilar > 0
            ? t('notifications.questionRouted.solvedSimilar', {
                count: payload.solvedSimilar,
                title: payload.questionTitle,
              })
            : t('notifications.questionRouted.waiting', { title: payload.questionTitle }),
        link: payload.questionSlug
          ? `/questions/${payload.aboutQuestionId}/${payload.questionSlug}`
          : `/questions/${payload.aboutQuestionId}`,
      };
    case 'QuestionAssignedPayload':
      return {
        text: t('notifications.questionAssigned', { actor, title: payload.questionTitle }),
        link: `/questions/${payload.aboutQuestionId}/${payload.questionSlug}`,
      };
    case 'QuestionEscalatedPayload': {
      const step = escalationSteps.find((candidate) => candidate === payload.step) ?? 'warn';
      return {
        text: t(`notifications.questionEscalated.${step}`, { title: payload.questionTitle }),
        link: `/questions/${payload.aboutQuestionId}/${payload.questionSlug}`,
      };
    }
    case 'IdeaStatusChangedPayload':
      return {
        text: t('notifications.statusChanged', {
          title: payload.ideaTitle,
          status: t(`status.${payload.toStatus.toUpperCase() as IdeaStatus}`),
        }),
        link: `/ideas/${payload.ideaId}`,
      };
    case 'IdeaMergedPayload':
      return {
        text: t('notifications.merged', { title: payload.ideaTitle, target: payload.targetTitle }),
        link: `/ideas/${payload.targetId}`,
      };
    case 'BadgeAwardedPayload': {
      const badge = badgeCatalog.find((candidate) => candidate.key === payload.badge);
      const tier = badgeTiers.find((candidate) => candidate === payload.tier);
      return {
        text: t('notifications.badgeAwarded', {
          badge: badge ? badge.name[language.startsWith('de') ? 'de' : 'en'] : payload.badge,
          tier: tier ? t(`notifications.tiers.${tier}`) : payload.tier,
        }),
        // The post that earned it, else the badge among all badges.
        link: payload.earnedByIdeaId
          ? `/ideas/${payload.earnedByIdeaId}`
          : payload.questionId
            ? `/questions/${payload.questionId}`
            : `/badges#badge-${payload.badge}`,
      };
    }
    case 'FlagResolvedPayload': {
      const what = t(
        `notifications.flagTargets.${flagTargets.find((kind) => kind === payload.targetKind) ?? 'other'}`,
      );
      return {
        text:
          payload.outcome === 'upheld'
            ? t('notifications.flagResolved.upheld', { what })
            : t('notifications.flagResolved.dismissed', { what }),
        // The question it is about (an upheld post may be gone), else the profile or the idea.
        link: payload.flaggedQuestionId
          ? `/questions/${payload.flaggedQuestionId}`
          : payload.targetKind === 'user'
            ? `/users/${payload.flaggedId}`
            : payload.targetKind === 'idea'
              ? `/ideas/${payload.flaggedId}`
              : null,
      };
    }
    default:
      // A kind this release does not describe still shows as "something changed".
      return { text: t('notifications.other'), link: null };
  }
}
