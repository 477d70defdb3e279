import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
import { flag, itemAbout, queue } from '../moderation.test-helpers.js';

describe('flags', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let moderator: TestSession;
  let author: TestSession;

  beforeAll(async () => {
    api = await createTestApp([ModerationModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    admin = await forum.newUser({ role: Role.Admin });
    moderator = await forum.newUser({ role: Role.Moderator });
    author = await forum.newUser();
    // Nobody is a new account here, so the spam rules stay out of the way (they have their tests).
    await gqlData(api, {
      query: `mutation S($input: UpdateModerationSettingsInput!) { updateModerationSettings(input: $input) { flagHideWeight } }`,
      variables: { input: { newAccountReputation: 0, newAccountDays: 0 } },
      as: admin,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function members(count: number, reputation = 0): Promise<TestSession[]> {
    const ids = await forum.newPeople(count);
    if (reputation > 0) {
      await query(api, 'UPDATE user_account SET reputation = $2 WHERE id = ANY($1)', [
        ids,
        reputation,
      ]);
    }
    const people = await query<{ id: string; email: string; display_name: string }>(
      api,
      'SELECT id, email, display_name FROM user_account WHERE id = ANY($1)',
      [ids],
    );
    return Promise.all(
      people.map((person) =>
        forum.sessionOf({
          id: person.id,
          email: person.email,
          displayName: person.display_name,
          password: '',
          role: Role.Member,
        }),
      ),
    );
  }

  const hiddenAudits = (targetId: string) =>
    query<{ action: string; actor_id: string | null }>(
      api,
      `SELECT action, actor_id FROM audit_entry WHERE target_id = $1 AND action LIKE '%.hidden'`,
      [targetId],
    );

  it('hides a question exactly once when 20 members flag it at the same time', async () => {
    const questionId = await forum.newQuestion({ author });
    const flaggers = await members(20);

    const reasons = await Promise.all(
      flaggers.map((person) => flag(api, person, { targetKind: 'QUESTION', targetId: questionId })),
    );

    expect(reasons).toEqual(Array.from({ length: 20 }, () => null));
    const item = await itemAbout(api, moderator, questionId);
    expect(item).toMatchObject({
      cause: 'FLAGS',
      flagCount: 20,
      flagWeight: 20,
      target: { hiddenReason: 'flagged', deleted: false, author: { id: author.person.id } },
    });
    expect(await hiddenAudits(questionId)).toEqual([{ action: 'question.hidden', actor_id: null }]);
    const [{ items }] = await query<{ items: number }>(
      api,
      'SELECT count(*)::int AS items FROM review_item WHERE target_id = $1',
      [questionId],
    );
    expect(items).toBe(1);
  });

  it('weighs flags by reputation, and a staff flag alone hides', async () => {
    const questionId = await forum.newQuestion({ author });
    const answerId = await forum.newAnswer({ questionId, author });
    const [veteran] = await members(1, 1_500);
    const [regular] = await members(1, 150);
    const [newcomer] = await members(1);

    expect(await flag(api, veteran!, { targetKind: 'ANSWER', targetId: answerId })).toBeNull();
    let item = await itemAbout(api, moderator, answerId);
    expect(item).toMatchObject({ flagWeight: 3, target: { hiddenReason: null } });
    expect(await flag(api, regular!, { targetKind: 'QUESTION', targetId: questionId })).toBeNull();
    expect((await itemAbout(api, moderator, questionId))?.flagWeight).toBe(2);

    expect(await flag(api, newcomer!, { targetKind: 'ANSWER', targetId: answerId })).toBeNull();
    item = await itemAbout(api, moderator, answerId);
    expect(item).toMatchObject({ flagWeight: 4, target: { hiddenReason: 'flagged' } });
    expect(item?.flags.map((f) => f.weight)).toEqual([3, 1]);

    const expert = await forum.newUser({ role: Role.Expert });
    const other = await forum.newAnswer({ questionId, author });
    expect(await flag(api, expert, { targetKind: 'ANSWER', targetId: other })).toBeNull();
    expect(await itemAbout(api, moderator, other)).toMatchObject({
      flagWeight: 4,
      target: { hiddenReason: 'flagged' },
    });
  });

  it('refuses a second flag, a flag on one’s own post and OTHER without a note', async () => {
    const questionId = await forum.newQuestion({ author });
    const [member] = await members(1);
    const target = { targetKind: 'QUESTION', targetId: questionId };

    expect(await flag(api, member!, target)).toBeNull();
    expect(await flag(api, member!, { ...target, reason: 'OFFENSIVE' })).toBe('ALREADY_FLAGGED');
    expect(await flag(api, author, target)).toBe('OWN_CONTENT');
    expect(await flag(api, author, { targetKind: 'USER', targetId: author.person.id })).toBe(
      'OWN_CONTENT',
    );
    expect(await flag(api, moderator, { ...target, reason: 'OTHER' })).toBe('NOTE_REQUIRED');
    expect(await flag(api, moderator, { ...target, reason: 'OTHER', note: '   ' })).toBe(
      'NOTE_REQUIRED',
    );
    expect(await flag(api, moderator, { ...target, reason: 'OTHER', note: 'x'.repeat(501) })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await flag(api, moderator, { targetKind: 'ANSWER', targetId: questionId })).toBe(
      'TARGET_NOT_FOUND',
    );
    const visitor = await gql(api, {
      query: 'mutation F($input: FlagContentInput!) { flagContent(input: $input) { id } }',
      variables: { input: { ...target, reason: 'SPAM' } },
    });
    expect(visitor.errors?.[0]?.extensions?.reason).toBe('NOT_SIGNED_IN');
    const [{ flags }] = await query<{ flags: number }>(
      api,
      'SELECT count(*)::int AS flags FROM flag WHERE target_id = $1',
      [questionId],
    );
    expect(flags).toBe(1);
  });

  it('lets members flag comments and profiles, which queue without hiding anything', async () => {
    const questionId = await forum.newQuestion({ author });
    const commentId = await forum.comment({ as: author, questionId });
    const [member] = await members(1);

    expect(
      await flag(api, member!, {
        targetKind: 'COMMENT',
        targetId: commentId,
        reason: 'OTHER',
        note: 'Rude remark',
      }),
    ).toBeNull();
    expect(
      await flag(api, moderator, { targetKind: 'USER', targetId: author.person.id }),
    ).toBeNull();

    expect(await itemAbout(api, moderator, commentId)).toMatchObject({
      targetKind: 'COMMENT',
      flagWeight: 1,
      target: { questionId, hiddenReason: null, author: { id: author.person.id } },
      flags: [{ reason: 'OTHER', note: 'Rude remark', flagger: { id: member!.person.id } }],
    });
    expect(await itemAbout(api, moderator, author.person.id)).toMatchObject({
      targetKind: 'USER',
      target: { title: author.person.displayName, questionId: null },
    });
  });

  it('shows the queue to reviewers only, and experts only NEEDS_STAFF flags of their areas', async () => {
    const billing = await forum.newProduct({ name: 'Billing area' });
    const reporting = await forum.newProduct({ name: 'Reporting area' });
    const expert = await forum.newUser({ role: Role.Expert });
    await query(api, 'INSERT INTO expert_area (user_id, product_id) VALUES ($1, $2)', [
      expert.person.id,
      billing,
    ]);
    const inArea = await forum.newQuestion({ author, productId: billing });
    const otherArea = await forum.newQuestion({ author, productId: reporting });
    const plain = await forum.newQuestion({ author, productId: billing });
    const [member] = await members(1);
    await flag(api, member!, { targetKind: 'QUESTION', targetId: inArea, reason: 'NEEDS_STAFF' });
    await flag(api, member!, {
      targetKind: 'QUESTION',
      targetId: otherArea,
      reason: 'NEEDS_STAFF',
    });
    await flag(api, member!, { targetKind: 'QUESTION', targetId: plain, reason: 'OFF_TOPIC' });

    const expertQueue = await queue(api, expert);
    expect(expertQueue.map((item) => item.targetId)).toEqual([inArea]);
    const resolve = (id: string, action: string) =>
      gql(api, {
        query:
          'mutation R($input: ResolveReviewItemInput!) { resolveReviewItem(input: $input) { status } }',
        variables: { input: { id, action, reason: 'Answered in the docs' } },
        as: expert,
      });
    const outside = await itemAbout(api, moderator, otherArea);
    expect((await resolve(outside!.id, 'HIDE')).errors?.[0]?.extensions?.reason).toBe(
      'REVIEW_ITEM_NOT_FOUND',
    );
    expect((await resolve(expertQueue[0]!.id, 'DELETE')).errors?.[0]?.extensions?.reason).toBe(
      'REVIEWERS_ONLY',
    );
    expect((await resolve(expertQueue[0]!.id, 'APPROVE')).data).toEqual({
      resolveReviewItem: { status: 'APPROVED' },
    });
    expect(await queue(api, expert)).toEqual([]);
    const all = (await queue(api, moderator)).map((item) => item.targetId);
    expect(all).toEqual(expect.arrayContaining([otherArea, plain]));
    expect(all).not.toContain(inArea);
    const denied = await gql(api, { query: '{ reviewQueue { totalCount } }', as: member! });
    expect(denied.errors?.[0]?.extensions?.reason).toBe('ACCESS_DENIED');

    const firstPage = await gqlData<{
      reviewQueue: { totalCount: number; pageInfo: { endCursor: string }; edges: unknown[] };
    }>(api, {
      query:
        '{ reviewQueue(first: 2) { totalCount pageInfo { endCursor } edges { node { id } } } }',
      as: moderator,
    });
    expect(firstPage.reviewQueue.edges).toHaveLength(2);
    expect(firstPage.reviewQueue.totalCount).toBe(all.length);
  });
});
