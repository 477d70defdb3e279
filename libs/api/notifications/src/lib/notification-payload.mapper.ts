import { NotificationKind } from '@forum/shared/domain';
import {
  BadgeAwardedPayload,
  FlagResolvedPayload,
  IdeaMergedPayload,
  IdeaStatusChangedPayload,
  type NotificationPayload,
} from './notification-payload.model.js';

type Stored = Record<string, unknown>;

const text = (stored: Stored, key: string): string | undefined =>
  typeof stored[key] === 'string' ? stored[key] : undefined;
const optionalText = (stored: Stored, key: string): string | null => text(stored, key) ?? null;

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
    default:
      return null;
  }
}
