import { NotificationKind } from '@forum/shared/domain';
import {
  AnswerAcceptedPayload,
  AnswerPostedPayload,
  AnswerVerifiedPayload,
  BadgeAwardedPayload,
  CommentPostedPayload,
  MentionPayload,
  QuestionClosedAsDuplicatePayload,
  QuestionAssignedPayload,
  QuestionEscalatedPayload,
  QuestionInFollowedAreaPayload,
  QuestionSolvedCheckPayload,
  QuestionRoutedPayload,
  FlagResolvedPayload,
  IdeaMergedPayload,
  IdeaStatusChangedPayload,
  type NotificationPayload,
} from './notification-payload.model.js';

type Stored = Record<string, unknown>;

const text = (stored: Stored, key: string): string | undefined =>
  typeof stored[key] === 'string' ? stored[key] : undefined;
const optionalText = (stored: Stored, key: string): string | null => text(stored, key) ?? null;

/** The question every notification about a question or its posts names, if the JSON has it. */
function questionOf(stored: Stored): { questionId: string; questionTitle: string } | null {
  const questionId = text(stored, 'questionId');
  const questionTitle = text(stored, 'questionTitle');
  return questionId && questionTitle !== undefined ? { questionId, questionTitle } : null;
}

/**
 * The typed payload of a stored notification. Rows of a kind this version does not describe, or
 * whose JSON lacks what the kind needs (written by an older or newer release), come back as null
 * rather than failing the whole list.
 */
export function toNotificationPayload(kind: string, stored: Stored): NotificationPayload | null {
  switch (kind) {
    case NotificationKind.IdeaStatusChanged: {
      const ideaId = text(stored, 'ideaId');
      const ideaTitle = text(stored, 'ideaTitle');
      const toStatus = text(stored, 'toStatus');
      if (!ideaId || ideaTitle === undefined || !toStatus) return null;
      return Object.assign(new IdeaStatusChangedPayload(), {
        ideaId,
        ideaTitle,
        statusChangeId: optionalText(stored, 'statusChangeId'),
        fromStatus: optionalText(stored, 'fromStatus'),
        toStatus,
        message: optionalText(stored, 'message'),
      });
    }
    case NotificationKind.IdeaMerged: {
      const ideaId = text(stored, 'ideaId');
      const ideaTitle = text(stored, 'ideaTitle');
      const targetId = text(stored, 'targetId');
      const targetTitle = text(stored, 'targetTitle');
      if (!ideaId || ideaTitle === undefined || !targetId || targetTitle === undefined) return null;
      return Object.assign(new IdeaMergedPayload(), { ideaId, ideaTitle, targetId, targetTitle });
    }
    case NotificationKind.BadgeAwarded: {
      const badge = text(stored, 'badge');
      const tier = text(stored, 'tier');
      if (!badge || !tier) return null;
      return Object.assign(new BadgeAwardedPayload(), {
        awardId: optionalText(stored, 'awardId'),
        badge,
        tier,
        questionId: optionalText(stored, 'questionId'),
        answerId: optionalText(stored, 'answerId'),
        productId: optionalText(stored, 'productId'),
        ideaId: optionalText(stored, 'ideaId'),
      });
    }
    case NotificationKind.FlagResolved: {
      const reviewItemId = text(stored, 'reviewItemId');
      const targetKind = text(stored, 'targetKind');
      const targetId = text(stored, 'targetId');
      const outcome = text(stored, 'outcome');
      if (!reviewItemId || !targetKind || !targetId || !outcome) return null;
      return Object.assign(new FlagResolvedPayload(), {
        reviewItemId,
        targetKind,
        targetId,
        questionId: optionalText(stored, 'questionId'),
        outcome,
      });
    }
    case NotificationKind.AnswerPosted:
    case NotificationKind.AnswerAccepted:
    case NotificationKind.AnswerVerified: {
      const question = questionOf(stored);
      const answerId = text(stored, 'answerId');
      if (!question || !answerId) return null;
      const type =
        kind === NotificationKind.AnswerPosted
          ? AnswerPostedPayload
          : kind === NotificationKind.AnswerAccepted
            ? AnswerAcceptedPayload
            : AnswerVerifiedPayload;
      const payload = Object.assign(new type(), { ...question, answerId });
      return type === AnswerVerifiedPayload
        ? Object.assign(payload, { onYourQuestion: stored['onYourQuestion'] === true })
        : payload;
    }
    case NotificationKind.CommentPosted: {
      const question = questionOf(stored);
      const commentId = text(stored, 'commentId');
      if (!question || !commentId) return null;
      return Object.assign(new CommentPostedPayload(), {
        ...question,
        answerId: optionalText(stored, 'answerId'),
        commentId,
      });
    }
    case NotificationKind.QuestionClosedAsDuplicate: {
      const question = questionOf(stored);
      const duplicateOfId = text(stored, 'duplicateOfId');
      const duplicateOfTitle = text(stored, 'duplicateOfTitle');
      if (!question || !duplicateOfId || duplicateOfTitle === undefined) return null;
      return Object.assign(new QuestionClosedAsDuplicatePayload(), {
        ...question,
        duplicateOfId,
        duplicateOfTitle,
      });
    }
    case NotificationKind.Mentioned: {
      const question = questionOf(stored);
      const postKind = text(stored, 'postKind');
      if (!question || !postKind) return null;
      return Object.assign(new MentionPayload(), {
        ...question,
        postKind,
        answerId: optionalText(stored, 'answerId'),
        commentId: optionalText(stored, 'commentId'),
      });
    }
    case NotificationKind.QuestionInFollowedArea: {
      const question = questionOf(stored);
      const productId = text(stored, 'productId');
      if (!question || !productId) return null;
      return Object.assign(new QuestionInFollowedAreaPayload(), { ...question, productId });
    }
    case NotificationKind.QuestionSolvedCheck: {
      const question = questionOf(stored);
      const token = text(stored, 'token');
      const step = stored['step'];
      if (!question || !token || typeof step !== 'number') return null;
      return Object.assign(new QuestionSolvedCheckPayload(), { ...question, step, token });
    }
    case NotificationKind.QuestionRouted: {
      const question = questionOf(stored);
      if (!question) return null;
      const count = (key: string) =>
        typeof stored[key] === 'number' ? Math.max(0, Math.trunc(stored[key])) : 0;
      return Object.assign(new QuestionRoutedPayload(), {
        ...question,
        questionSlug: text(stored, 'questionSlug') ?? '',
        solvedSimilar: count('solvedSimilar'),
        answeredInArea: count('answeredInArea'),
        areaName: optionalText(stored, 'areaName'),
      });
    }
    case NotificationKind.QuestionAssigned:
    case NotificationKind.QuestionEscalated: {
      const question = questionOf(stored);
      const dueAt = text(stored, 'dueAt');
      const step = text(stored, 'step');
      if (!question || !dueAt || Number.isNaN(Date.parse(dueAt))) return null;
      const common = {
        ...question,
        questionSlug: text(stored, 'questionSlug') ?? '',
        dueAt: new Date(dueAt),
      };
      if (kind === NotificationKind.QuestionAssigned) {
        return Object.assign(new QuestionAssignedPayload(), common);
      }
      return step ? Object.assign(new QuestionEscalatedPayload(), { ...common, step }) : null;
    }
    default:
      return null;
  }
}
