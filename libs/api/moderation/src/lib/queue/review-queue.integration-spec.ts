import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Clock } from '@forum/api/platform';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  query,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { ModerationModule } from '../moderation.module.js';
import {
  attempt,
  claimDocument,
  flag,
  itemAbout,
  releaseDocument,
  resolveDocument,
  resolveManyDocument,
} from '../moderation.test-helpers.js';

interface Resolved {
  id: string;
  status: string;
  resolutionAction: string | null;
  target: { id: string; hiddenReason: string | null; deleted: boolean } | null;
}

describe('the review queue', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let moderator: TestSession;
  let secondModerator: TestSession;
  let author: TestSession;
  let flaggers: TestSession[];

  beforeAll(async () => {
    api = await createTestApp([ModerationModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    admin = await forum.newUser({ role: Role.Admin });
    moderator = await forum.newUser({ role: Role.Moderator });
    secondModerator = await forum.newUser({ role: Role.Moderator });
    author = await forum.newUser();
    flaggers = [await forum.newUser(), await forum.newUser()];
    await gqlData(api, {
      query: `mutation S($input: UpdateModerationSettingsInput!) { updateModerationSettings(input: $input) { flagHideWeight } }`,
      variables: { input: { newAccountReputation: 0, newAccountDays: 0, flagHideWeight: 2 } },
      as: admin,
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api?.close();
  });

  /** A question by `author` that both flaggers flagged, which hid it; returns its item. */
  async function flaggedQuestion(): Promise<{ questionId: string; itemId: string }> {
    const questionId = await forum.newQuestion({ author });
    for (const person of flaggers) {
      expect(await flag(api, person, { targetKind: 'QUESTION', targetId: questionId })).toBeNull();
    }
    const item = await itemAbout(api, moderator, questionId);
    expect(item?.target?.hiddenReason).toBe('flagged');
    return { questionId, itemId: item!.id };
  }

  const resolve = (as: TestSession, input: Record<string, unknown>) =>
    attempt<{ resolveReviewItem: Resolved }>(api, as, resolveDocument, input);

  const notificationsOf = (userId: string) =>
    query<{ kind: string; payload: Record<string, unknown> }>(
      api,
      'SELECT kind, payload FROM notification WHERE user_id = $1 ORDER BY created_at',
      [userId],
    );

  const auditOf = (targetId: string) =>
    query<{
      action: string;
      actor_id: string | null;
      reason: string | null;
      after: Record<string, unknown>;
    }>(
      api,
      'SELECT action, actor_id, reason, after FROM audit_entry WHERE target_id = $1 ORDER BY created_at, action',
      [targetId],
    );

  it('approving makes a flagged post public, dismisses the flags and tells the flaggers', async () => {
    const { questionId, itemId } = await flaggedQuestion();

    const { data } = await resolve(moderator, { id: itemId, action: 'APPROVE', reason: 'Fine' });

    expect(data?.resolveReviewItem).toMatchObject({
      status: 'APPROVED',
      resolutionAction: 'APPROVE',
      target: { hiddenReason: null, deleted: false },
    });
    const [row] = await query<{ hidden_reason: string | null }>(
      api,
      'SELECT hidden_reason FROM question WHERE id = $1',
      [questionId],
    );
    expect(row).toEqual({ hidden_reason: null });
    for (const person of flaggers) {
      const notes = await notificationsOf(person.person.id);
      expect(notes.at(-1)).toEqual({
        kind: 'flag.resolved',
        payload: {
          reviewItemId: itemId,
          targetKind: 'question',
          targetId: questionId,
          questionId,
          outcome: 'dismissed',
        },
      });
    }
    const typed = await gqlData<{
      notifications: { edges: Array<{ node: { payload: Record<string, unknown> } }> };
    }>(api, {
      query:
        '{ notifications(first: 1) { edges { node { payload { __typename ... on FlagResolvedPayload { outcome targetKind questionId } } } } } }',
      as: flaggers[0]!,
    });
    expect(typed.notifications.edges[0]?.node.payload).toEqual({
      __typename: 'FlagResolvedPayload',
      outcome: 'dismissed',
      targetKind: 'question',
      questionId,
    });
    const audit = await auditOf(questionId);
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'question.hidden',
        'review.approved',
        'flags.dismissed',
        'question.unhidden',
      ]),
    );
    expect(audit.find((entry) => entry.action === 'review.approved')).toMatchObject({
      actor_id: moderator.person.id,
      reason: 'Fine',
      after: { reviewItemId: itemId, action: 'approve', status: 'approved' },
    });
    const [{ outcome }] = await query<{ outcome: string }>(
      api,
      'SELECT DISTINCT outcome::text FROM flag WHERE review_item_id = $1',
      [itemId],
    );
    expect(outcome).toBe('dismissed');
  });

  it('hiding keeps the post hidden for the moderator’s reason; flags are upheld', async () => {
    const { questionId, itemId } = await flaggedQuestion();

    const { data } = await resolve(moderator, { id: itemId, action: 'HIDE', reason: 'Advert' });

    expect(data?.resolveReviewItem).toMatchObject({
      status: 'REJECTED',
      target: { hiddenReason: 'moderator' },
    });
    const notes = await notificationsOf(flaggers[1]!.person.id);
    expect(notes.at(-1)?.payload).toMatchObject({ targetId: questionId, outcome: 'upheld' });
    expect((await auditOf(questionId)).map((entry) => entry.action)).toContain('review.rejected');
  });

  it('deleting removes the post; deleting a flagged comment removes the comment', async () => {
    const { itemId } = await flaggedQuestion();
    const { data } = await resolve(moderator, { id: itemId, action: 'DELETE', reason: 'Spam' });
    expect(data?.resolveReviewItem).toMatchObject({
      status: 'REJECTED',
      target: { deleted: true },
    });

    const questionId = await forum.newQuestion({ author });
    const commentId = await forum.comment({ as: author, questionId });
    await flag(api, flaggers[0]!, { targetKind: 'COMMENT', targetId: commentId });
    const item = await itemAbout(api, moderator, commentId);
    expect((await resolve(moderator, { id: item!.id, action: 'HIDE' })).reason).toBe(
      'ACTION_NOT_APPLICABLE',
    );
    const deleted = await resolve(moderator, { id: item!.id, action: 'DELETE' });
    expect(deleted.data?.resolveReviewItem).toMatchObject({
      status: 'REJECTED',
      target: { deleted: true },
    });
    const [comment] = await query<{ deleted: boolean }>(
      api,
      'SELECT deleted_at IS NOT NULL AS deleted FROM comment WHERE id = $1',
      [commentId],
    );
    expect(comment?.deleted).toBe(true);
  });

  it('suspending the author hides the post and suspends them until the given time', async () => {
    const { questionId, itemId } = await flaggedQuestion();
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();

    expect(
      (await resolve(moderator, { id: itemId, action: 'SUSPEND_AUTHOR', reason: 'Spammer' }))
        .reason,
    ).toBe('SUSPENSION_END_REQUIRED');
    expect(
      (
        await resolve(moderator, {
          id: itemId,
          action: 'SUSPEND_AUTHOR',
          reason: 'no',
          suspendUntil: until,
        })
      ).reason,
    ).toBe('REASON_REQUIRED');
    const expert = await forum.newUser({ role: Role.Expert });
    expect(
      (
        await resolve(expert, {
          id: itemId,
          action: 'SUSPEND_AUTHOR',
          reason: 'Spammer',
          suspendUntil: until,
        })
      ).reason,
    ).toBe('REVIEWERS_ONLY');

    const { data } = await resolve(moderator, {
      id: itemId,
      action: 'SUSPEND_AUTHOR',
      reason: 'Posting adverts',
      suspendUntil: until,
    });

    expect(data?.resolveReviewItem).toMatchObject({
      status: 'REJECTED',
      target: { hiddenReason: 'moderator' },
    });
    const [person] = await query<{ suspended_until: Date; suspension_reason: string }>(
      api,
      'SELECT suspended_until, suspension_reason FROM user_account WHERE id = $1',
      [author.person.id],
    );
    expect(person?.suspended_until.toISOString()).toBe(until);
    expect(person?.suspension_reason).toBe('Posting adverts');
    expect(
      (await auditOf(questionId)).find((e) => e.action === 'review.rejected')?.after,
    ).toMatchObject({
      action: 'suspend_author',
      suspendedUserId: author.person.id,
    });
    // The author is back for the other tests.
    await gqlData(api, {
      query: 'mutation U($input: UnsuspendUserInput!) { unsuspendUser(input: $input) { id } }',
      variables: { input: { userId: author.person.id } },
      as: moderator,
    });
    author = await forum.newUser();
  });

  it('keeps a claimed item to its claimer until the claim expires', async () => {
    const { itemId } = await flaggedQuestion();
    const claim = (as: TestSession) =>
      attempt<{ claimReviewItem: { claimedBy: { id: string } | null; claimedUntil: string } }>(
        api,
        as,
        claimDocument,
        { id: itemId },
      );

    const claimed = await claim(moderator);
    expect(claimed.data?.claimReviewItem.claimedBy?.id).toBe(moderator.person.id);
    expect((await claim(secondModerator)).reason).toBe('CLAIMED_BY_OTHER');
    expect((await resolve(secondModerator, { id: itemId, action: 'APPROVE' })).reason).toBe(
      'CLAIMED_BY_OTHER',
    );
    expect((await attempt(api, secondModerator, releaseDocument, { id: itemId })).reason).toBe(
      'NOT_CLAIMED',
    );

    const clock = api.app.get(Clock);
    const later = new Date(Date.now() + 16 * 60_000);
    jest.spyOn(clock, 'now').mockReturnValue(later);
    expect((await claim(secondModerator)).data?.claimReviewItem.claimedBy?.id).toBe(
      secondModerator.person.id,
    );
    expect((await attempt(api, moderator, releaseDocument, { id: itemId })).reason).toBe(
      'NOT_CLAIMED',
    );
    const released = await attempt<{ releaseReviewItem: { claimedBy: unknown } }>(
      api,
      secondModerator,
      releaseDocument,
      { id: itemId },
    );
    expect(released.data?.releaseReviewItem.claimedBy).toBeNull();
    jest.restoreAllMocks();

    expect(
      (await resolve(moderator, { id: itemId, action: 'APPROVE' })).data?.resolveReviewItem.status,
    ).toBe('APPROVED');
    expect((await claim(moderator)).reason).toBe('ALREADY_RESOLVED');
  });

  it('lets exactly one of two moderators resolve an item at the same time', async () => {
    const items = await Promise.all([flaggedQuestion(), flaggedQuestion(), flaggedQuestion()]);

    for (const { itemId, questionId } of items) {
      const outcomes = await Promise.all([
        resolve(moderator, { id: itemId, action: 'HIDE', reason: 'first' }),
        resolve(secondModerator, { id: itemId, action: 'APPROVE', reason: 'second' }),
      ]);
      const winners = outcomes.filter((outcome) => outcome.data);
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.reason).map((o) => o.reason)).toEqual([
        'ALREADY_RESOLVED',
      ]);
      const decisions = (await auditOf(questionId)).filter((e) => e.action.startsWith('review.'));
      expect(decisions).toHaveLength(1);
      const notes = await notificationsOf(flaggers[0]!.person.id);
      expect(notes.filter((note) => note.payload['reviewItemId'] === itemId)).toHaveLength(1);
    }
  });

  it('resolves up to 50 items at once, all or none', async () => {
    const first = await flaggedQuestion();
    const second = await flaggedQuestion();
    const done = await flaggedQuestion();
    await resolve(moderator, { id: done.itemId, action: 'APPROVE' });

    const refused = await attempt(api, moderator, resolveManyDocument, {
      ids: [first.itemId, second.itemId, done.itemId],
      action: 'HIDE',
      reason: 'Adverts',
    });
    expect(refused.reason).toBe('ALREADY_RESOLVED');
    expect((await itemAbout(api, moderator, first.questionId))?.status).toBe('OPEN');

    const { data } = await attempt<{ resolveReviewItems: Resolved[] }>(
      api,
      moderator,
      resolveManyDocument,
      {
        ids: [first.itemId, second.itemId],
        action: 'HIDE',
        reason: 'Adverts',
      },
    );
    expect(
      data?.resolveReviewItems.map((item) => [item.id, item.status, item.target?.hiddenReason]),
    ).toEqual(
      expect.arrayContaining([
        [first.itemId, 'REJECTED', 'moderator'],
        [second.itemId, 'REJECTED', 'moderator'],
      ]),
    );
    const tooMany = await attempt(api, moderator, resolveManyDocument, {
      ids: Array.from({ length: 51 }, () => first.itemId),
      action: 'APPROVE',
    });
    expect(tooMany.reason).toBe('VALIDATION_FAILED');
  });

  it('refuses members and product managers', async () => {
    const { itemId } = await flaggedQuestion();
    const pm = await forum.newUser({ role: Role.ProductManager });
    expect((await resolve(pm, { id: itemId, action: 'APPROVE' })).reason).toBe('ACCESS_DENIED');
    expect((await resolve(flaggers[0]!, { id: itemId, action: 'APPROVE' })).reason).toBe(
      'ACCESS_DENIED',
    );
    const missing = await gql(api, {
      query: resolveDocument,
      variables: { input: { id: '00000000-0000-4000-8000-000000000000', action: 'APPROVE' } },
      as: moderator,
    });
    expect(missing.errors?.[0]?.extensions?.reason).toBe('REVIEW_ITEM_NOT_FOUND');
  });
});
