import { NotificationKind } from '@forum/shared/domain';
import { toNotificationPayload } from './notification-payload.mapper.js';
import {
  BadgeAwardedPayload,
  FlagResolvedPayload,
  IdeaMergedPayload,
  IdeaStatusChangedPayload,
} from './notification-payload.model.js';

describe('toNotificationPayload', () => {
  it('types an idea status change, with what older rows did not store as null', () => {
    const payload = toNotificationPayload(NotificationKind.IdeaStatusChanged, {
      ideaId: 'idea-1',
      ideaTitle: 'Dark mode',
      toStatus: 'planned',
    });

    expect(payload).toBeInstanceOf(IdeaStatusChangedPayload);
    expect(payload).toEqual({
      ideaId: 'idea-1',
      ideaTitle: 'Dark mode',
      statusChangeId: null,
      fromStatus: null,
      toStatus: 'planned',
      message: null,
    });
  });

  it('types a merge and a badge award', () => {
    const merged = toNotificationPayload(NotificationKind.IdeaMerged, {
      ideaId: 'idea-1',
      ideaTitle: 'Dark mode',
      targetId: 'idea-2',
      targetTitle: 'Themes',
    });
    const badge = toNotificationPayload(NotificationKind.BadgeAwarded, {
      awardId: 'award-1',
      badge: 'idea_champion',
      tier: 'silver',
      questionId: null,
      answerId: null,
      productId: null,
      ideaId: 'idea-9',
    });

    expect(merged).toBeInstanceOf(IdeaMergedPayload);
    expect(merged).toMatchObject({ targetId: 'idea-2', targetTitle: 'Themes' });
    expect(badge).toBeInstanceOf(BadgeAwardedPayload);
    expect(badge).toMatchObject({ badge: 'idea_champion', tier: 'silver', ideaId: 'idea-9' });
  });

  it('types the outcome of a flag', () => {
    const payload = toNotificationPayload(NotificationKind.FlagResolved, {
      reviewItemId: 'item-1',
      targetKind: 'answer',
      targetId: 'answer-1',
      questionId: 'question-1',
      outcome: 'upheld',
    });

    expect(payload).toBeInstanceOf(FlagResolvedPayload);
    expect(payload).toEqual({
      reviewItemId: 'item-1',
      targetKind: 'answer',
      targetId: 'answer-1',
      questionId: 'question-1',
      outcome: 'upheld',
    });
    expect(toNotificationPayload(NotificationKind.FlagResolved, { outcome: 'upheld' })).toBeNull();
  });

  it('answers null for a kind it does not know or a row that lacks what its kind needs', () => {
    expect(toNotificationPayload('question.answered', { questionId: 'q-1' })).toBeNull();
    expect(toNotificationPayload(NotificationKind.BadgeAwarded, { tier: 'gold' })).toBeNull();
    expect(toNotificationPayload(NotificationKind.IdeaMerged, { ideaId: 'idea-1' })).toBeNull();
  });
});
