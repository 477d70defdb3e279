import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdeasModule } from '@forum/api/ideas';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gqlData,
  query,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { ModerationModule } from '../moderation.module.js';
import { attempt, flag, itemAbout, resolveDocument } from '../moderation.test-helpers.js';

describe('flagging ideas', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let moderator: TestSession;
  let author: TestSession;
  let flaggers: TestSession[];

  beforeAll(async () => {
    api = await createTestApp([ModerationModule, IdeasModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    admin = await forum.newUser({ role: Role.Admin });
    moderator = await forum.newUser({ role: Role.Moderator });
    author = await forum.newUser();
    flaggers = [await forum.newUser(), await forum.newUser()];
    await gqlData(api, {
      query: `mutation S($input: UpdateModerationSettingsInput!) { updateModerationSettings(input: $input) { flagHideWeight } }`,
      variables: { input: { newAccountReputation: 0, newAccountDays: 0, flagHideWeight: 2 } },
      as: admin,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const resolve = (as: TestSession, input: Record<string, unknown>) =>
    attempt<{ resolveReviewItem: { status: string; resolutionAction: string | null } }>(
      api,
      as,
      resolveDocument,
      input,
    );

  const notificationsOf = (userId: string) =>
    query<{ kind: string; payload: Record<string, unknown> }>(
      api,
      'SELECT kind, payload FROM notification WHERE user_id = $1 ORDER BY created_at',
      [userId],
    );

  /** An idea by `author` that both flaggers flagged; returns its review item's id. */
  async function flaggedIdea(): Promise<{ ideaId: string; itemId: string }> {
    const ideaId = await forum.newIdea({ author, title: 'Dark mode for the whole portal please' });
    for (const person of flaggers) {
      expect(await flag(api, person, { targetKind: 'IDEA', targetId: ideaId })).toBeNull();
    }
    const item = await itemAbout(api, moderator, ideaId);
    return { ideaId, itemId: item!.id };
  }

  it('opens one weighted review item showing the idea and its author', async () => {
    const ideaId = await forum.newIdea({
      author,
      title: 'Export the roadmap as a calendar feed',
      description: 'So that we can plan our releases around yours.',
    });

    for (const person of flaggers) {
      expect(await flag(api, person, { targetKind: 'IDEA', targetId: ideaId })).toBeNull();
    }

    expect(await itemAbout(api, moderator, ideaId)).toMatchObject({
      targetKind: 'IDEA',
      cause: 'FLAGS',
      flagCount: 2,
      flagWeight: 2,
      target: {
        kind: 'IDEA',
        id: ideaId,
        questionId: null,
        title: 'Export the roadmap as a calendar feed',
        body: 'So that we can plan our releases around yours.',
        hiddenReason: null,
        deleted: false,
        author: { id: author.person.id },
      },
    });
  });

  it('takes one flag per person and none on your own idea', async () => {
    const ideaId = await forum.newIdea({ author });

    expect(await flag(api, flaggers[0]!, { targetKind: 'IDEA', targetId: ideaId })).toBeNull();
    expect(await flag(api, flaggers[0]!, { targetKind: 'IDEA', targetId: ideaId })).toBe(
      'ALREADY_FLAGGED',
    );
    expect(await flag(api, author, { targetKind: 'IDEA', targetId: ideaId })).toBe('OWN_CONTENT');
    expect((await itemAbout(api, moderator, ideaId))?.flagCount).toBe(1);
  });

  it('treats a merged idea and an unknown id as not found', async () => {
    const ideaId = await forum.newIdea({ author });
    const survivorId = await forum.newIdea({ author });
    await query(api, 'UPDATE idea SET merged_into_id = $2, merged_at = now() WHERE id = $1', [
      ideaId,
      survivorId,
    ]);

    expect(await flag(api, flaggers[0]!, { targetKind: 'IDEA', targetId: ideaId })).toBe(
      'TARGET_NOT_FOUND',
    );
    expect(
      await flag(api, flaggers[0]!, {
        targetKind: 'IDEA',
        targetId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toBe('TARGET_NOT_FOUND');
    expect(await itemAbout(api, moderator, ideaId)).toBeUndefined();
  });

  it('approving dismisses the flags and tells the flaggers', async () => {
    const { ideaId, itemId } = await flaggedIdea();

    const { data } = await resolve(moderator, { id: itemId, action: 'APPROVE' });

    expect(data?.resolveReviewItem).toMatchObject({
      status: 'APPROVED',
      resolutionAction: 'APPROVE',
    });
    const outcomes = await query<{ outcome: string }>(
      api,
      'SELECT outcome FROM flag WHERE review_item_id = $1',
      [itemId],
    );
    expect(outcomes).toEqual([{ outcome: 'dismissed' }, { outcome: 'dismissed' }]);
    for (const person of flaggers) {
      expect((await notificationsOf(person.person.id)).at(-1)).toEqual({
        kind: 'flag.resolved',
        payload: {
          reviewItemId: itemId,
          targetKind: 'idea',
          targetId: ideaId,
          questionId: null,
          outcome: 'dismissed',
        },
      });
    }
    const [idea] = await query<{ id: string }>(api, 'SELECT id FROM idea WHERE id = $1', [ideaId]);
    expect(idea).toEqual({ id: ideaId });
  });

  it('refuses to hide or delete an idea and leaves the item open', async () => {
    const { itemId } = await flaggedIdea();

    expect(await resolve(moderator, { id: itemId, action: 'HIDE', reason: 'Spam' })).toEqual({
      reason: 'ACTION_NOT_APPLICABLE',
    });
    expect(await resolve(moderator, { id: itemId, action: 'DELETE', reason: 'Spam' })).toEqual({
      reason: 'ACTION_NOT_APPLICABLE',
    });
    const [item] = await query<{ status: string }>(
      api,
      'SELECT status FROM review_item WHERE id = $1',
      [itemId],
    );
    expect(item).toEqual({ status: 'open' });
  });

  it('suspending the author upholds the flags', async () => {
    const ideaAuthor = await forum.newUser();
    const ideaId = await forum.newIdea({ author: ideaAuthor });
    expect(await flag(api, flaggers[0]!, { targetKind: 'IDEA', targetId: ideaId })).toBeNull();
    const item = await itemAbout(api, moderator, ideaId);

    const { data } = await resolve(moderator, {
      id: item!.id,
      action: 'SUSPEND_AUTHOR',
      reason: 'Advertising again',
      suspendUntil: new Date(Date.now() + 86_400_000).toISOString(),
    });

    expect(data?.resolveReviewItem).toMatchObject({ status: 'REJECTED' });
    const [user] = await query<{ suspended: boolean }>(
      api,
      'SELECT suspended_until > now() AS suspended FROM user_account WHERE id = $1',
      [ideaAuthor.person.id],
    );
    expect(user).toEqual({ suspended: true });
  });
});

describe('whether an account is trusted', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let moderator: TestSession;
  let member: TestSession;

  beforeAll(async () => {
    api = await createTestApp([ModerationModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    admin = await forum.newUser({ role: Role.Admin });
    moderator = await forum.newUser({ role: Role.Moderator });
    member = await forum.newUser();
  });

  afterAll(async () => {
    await api?.close();
  });

  const trustedOf = async (as: TestSession, ids: string[]) => {
    const data = await gqlData<Record<string, { id: string; trusted: boolean | null } | null>>(
      api,
      {
        query: `{ ${ids.map((id, i) => `u${i}: user(id: "${id}") { id trusted }`).join(' ')} }`,
        as,
      },
    );
    return ids.map((_, i) => data[`u${i}`]?.trusted);
  };

  it('shows admins the current state and everyone else null', async () => {
    const trusted = await forum.newUser();
    const untrusted = await forum.newUser();
    await gqlData(api, {
      query: 'mutation T($input: AccountTrustInput!) { trustAccount(input: $input) { trusted } }',
      variables: { input: { userId: trusted.person.id } },
      as: admin,
    });
    const ids = [trusted.person.id, untrusted.person.id];

    expect(await trustedOf(admin, ids)).toEqual([true, false]);
    expect(await trustedOf(moderator, ids)).toEqual([null, null]);
    expect(await trustedOf(member, ids)).toEqual([null, null]);

    await gqlData(api, {
      query: 'mutation U($input: AccountTrustInput!) { untrustAccount(input: $input) { trusted } }',
      variables: { input: { userId: trusted.person.id } },
      as: admin,
    });
    expect(await trustedOf(admin, ids)).toEqual([false, false]);
  });
});
