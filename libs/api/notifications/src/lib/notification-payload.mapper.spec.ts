import { NotificationKind } from '@forum/shared/domain';
import { toNotificationPayload } from './notification-payload.mapper.js';
import {
  AnswerAcceptedPayload,
  AnswerPostedPayload,
  AnswerVerifiedPayload,
  BadgeAwardedPayload,
  CommentPostedPayload,
  MentionPayload,
  QuestionClosedAsDuplicatePayload,
  QuestionInFollowedAreaPayload,
  FlagResolvedPayload,
  QuestionAssignedPayload,
  QuestionEscalatedPayload,
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

  it('types what happens around questions, one type per kind', () => {
    const question = { questionId: 'q-1', questionTitle: 'Where is the export?' };
    const cases: Array<[string, Record<string, unknown>, new () => object, object]> = [
      [
        NotificationKind.AnswerPosted,
        { ...question, answerId: 'a-1' },
        AnswerPostedPayload,
        { ...question, answerId: 'a-1' },
      ],
      [
        NotificationKind.AnswerAccepted,
        { ...question, answerId: 'a-1' },
        AnswerAcceptedPayload,
        { ...question, answerId: 'a-1' },
      ],
      [
        NotificationKind.AnswerVerified,
        { ...question, answerId: 'a-1' },
        AnswerVerifiedPayload,
        { ...question, answerId: 'a-1', onYourQuestion: false },
      ],
      [
        NotificationKind.AnswerVerified,
        { ...question, answerId: 'a-1', onYourQuestion: true },
        AnswerVerifiedPayload,
        { ...question, answerId: 'a-1', onYourQuestion: true },
      ],
      [
        NotificationKind.CommentPosted,
        { ...question, commentId: 'c-1' },
        CommentPostedPayload,
        { ...question, answerId: null, commentId: 'c-1' },
      ],
      [
        NotificationKind.QuestionClosedAsDuplicate,
        { ...question, duplicateOfId: 'q-0', duplicateOfTitle: 'Export to CSV' },
        QuestionClosedAsDuplicatePayload,
        { ...question, duplicateOfId: 'q-0', duplicateOfTitle: 'Export to CSV' },
      ],
      [
        NotificationKind.Mentioned,
        { ...question, postKind: 'comment', answerId: 'a-1', commentId: 'c-1' },
        MentionPayload,
        { ...question, postKind: 'comment', answerId: 'a-1', commentId: 'c-1' },
      ],
      [
        NotificationKind.QuestionInFollowedArea,
        { ...question, productId: 'p-1' },
        QuestionInFollowedAreaPayload,
        { ...question, productId: 'p-1' },
      ],
    ];
    for (const [kind, stored, type, expected] of cases) {
      const payload = toNotificationPayload(kind, stored);
      expect(payload).toBeInstanceOf(type);
      expect(payload).toEqual(expected);
      // Without the question it names, a row of any of these kinds is unreadable.
      expect(toNotificationPayload(kind, { ...stored, questionId: undefined })).toBeNull();
    }
    expect(toNotificationPayload(NotificationKind.AnswerPosted, question)).toBeNull();
    expect(toNotificationPayload(NotificationKind.Mentioned, question)).toBeNull();
  });

  it('answers null for a kind it does not know or a row that lacks what its kind needs', () => {
    expect(toNotificationPayload('question.answered', { questionId: 'q-1' })).toBeNull();
    expect(toNotificationPayload(NotificationKind.BadgeAwarded, { tier: 'gold' })).toBeNull();
    expect(toNotificationPayload(NotificationKind.IdeaMerged, { ideaId: 'idea-1' })).toBeNull();
  });

  it('maps the support desk kinds with their due moment and step', () => {
    const stored = {
      questionId: 'q-1',
      questionTitle: 'Export fails',
      questionSlug: 'export-fails',
      dueAt: '2026-03-02T09:00:00.000Z',
    };
    expect(toNotificationPayload(NotificationKind.QuestionAssigned, stored)).toEqual(
      Object.assign(new QuestionAssignedPayload(), {
        ...stored,
        dueAt: new Date('2026-03-02T09:00:00.000Z'),
      }),
    );
    const escalated = toNotificationPayload(NotificationKind.QuestionEscalated, {
      ...stored,
      step: 'warn',
    });
    expect(escalated).toBeInstanceOf(QuestionEscalatedPayload);
    expect(escalated).toMatchObject({ step: 'warn', questionSlug: 'export-fails' });
    expect(toNotificationPayload(NotificationKind.QuestionEscalated, stored)).toBeNull();
    expect(
      toNotificationPayload(NotificationKind.QuestionAssigned, { ...stored, dueAt: 'soon' }),
    ).toBeNull();
  });
});
