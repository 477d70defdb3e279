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
import { itemAbout, queue, resolveDocument } from '../moderation.test-helpers.js';

const settingsDocument = `mutation S($input: UpdateModerationSettingsInput!) {
  updateModerationSettings(input: $input) {
    flagHideWeight newAccountReputation newAccountDays linkRuleEnabled maxLinks repeatRuleEnabled
    repeatWindowDays typingRuleEnabled maxCharactersPerSecond firstPostReviewEnabled
  }
}`;

describe('spam rules, settings and trusted accounts', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let moderator: TestSession;
  let productId: string;
  let clock: Clock;
  let now: Date;

  beforeAll(async () => {
    api = await createTestApp([ModerationModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    admin = await forum.newUser({ role: Role.Admin });
    moderator = await forum.newUser({ role: Role.Moderator });
    productId = await forum.newProduct();
    clock = api.app.get(Clock);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Runs the clock from a fixed time that only `advance` moves. */
  function freezeClock(): void {
    now = new Date();
    jest.spyOn(clock, 'now').mockImplementation(() => now);
  }
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };

  const ask = (author: TestSession, body: string, title?: string) =>
    forum.newQuestion({ author, productId, body, title });

  /** Public: neither hidden (held, flagged, by a moderator) nor deleted. */
  const visibleToVisitors = async (questionId: string) => {
    const [row] = await query<{ hidden: boolean }>(
      api,
      'SELECT hidden_at IS NOT NULL OR deleted_at IS NOT NULL AS hidden FROM question WHERE id = $1',
      [questionId],
    );
    return row?.hidden === false;
  };

  it('holds a new account’s post with too many links before anyone sees it', async () => {
    const spammer = await forum.newUser();
    const questionId = await ask(
      spammer,
      'Cheap licences at https://a.example, https://b.example and www.c.example today.',
    );

    expect(await visibleToVisitors(questionId)).toBe(false);
    expect(await itemAbout(api, moderator, questionId)).toMatchObject({
      cause: 'SPAM_RULE',
      spamRule: 'links',
      target: { hiddenReason: 'awaiting_review' },
    });
    const member = await forum.newUser();
    const flagged = await gql(api, {
      query: 'mutation F($input: FlagContentInput!) { flagContent(input: $input) { id } }',
      variables: { input: { targetKind: 'QUESTION', targetId: questionId, reason: 'SPAM' } },
      as: member,
    });
    expect(flagged.errors?.[0]?.extensions?.reason).toBe('TARGET_NOT_FOUND');
    const [audit] = await query<{ actor_id: string | null; action: string }>(
      api,
      `SELECT actor_id, action FROM audit_entry WHERE target_id = $1`,
      [questionId],
    );
    expect(audit).toEqual({ actor_id: null, action: 'question.hidden' });
  });

  it('queues a new account’s first clean post but leaves it public', async () => {
    const newcomer = await forum.newUser();
    const questionId = await ask(newcomer, 'Where do I find the invoice for last month?');

    expect(await visibleToVisitors(questionId)).toBe(true);
    expect(await itemAbout(api, moderator, questionId)).toMatchObject({
      cause: 'FIRST_POST',
      target: { hiddenReason: null },
    });
  });

  it('holds a repeat of a recent post, however it is spaced or capitalised', async () => {
    freezeClock();
    const repeater = await forum.newUser();
    const first = await ask(repeater, 'Please call our hotline for the best deal on licences.');
    advance(3_600);
    const questionId = await forum.newQuestion({
      author: repeater,
      productId,
      title: 'Best deal on licences, call now',
    });
    advance(3_600);
    const answerId = await forum.newAnswer({
      questionId: first,
      author: repeater,
      body: 'PLEASE call our   hotline for the best deal on licences!!',
    });

    expect(await itemAbout(api, moderator, questionId)).toBeUndefined();
    expect(await itemAbout(api, moderator, answerId)).toMatchObject({
      targetKind: 'ANSWER',
      cause: 'SPAM_RULE',
      spamRule: 'repeated_text',
      target: { hiddenReason: 'awaiting_review' },
    });
  });

  it('holds a post written faster than anyone types since the previous one', async () => {
    freezeClock();
    const hasty = await forum.newUser();
    const questionId = await ask(hasty, 'How do I change the currency of my invoices?');
    const body = 'Go to Settings, then Billing, then Currency. '.repeat(10);
    advance(10); // 450 characters in 10 seconds: 45 per second, above the default 25
    const fast = await forum.newAnswer({ questionId, author: hasty, body });
    advance(600); // the same again after ten minutes is human
    const slow = await forum.newAnswer({ questionId, author: hasty, body: `${body} Thanks.` });

    expect(await itemAbout(api, moderator, fast)).toMatchObject({
      spamRule: 'typing_speed',
      target: { hiddenReason: 'awaiting_review' },
    });
    expect(await itemAbout(api, moderator, slow)).toBeUndefined();
  });

  it('approving a held post makes it public', async () => {
    const spammer = await forum.newUser();
    const questionId = await ask(
      spammer,
      'Links: https://a.example https://b.example https://c.example',
    );
    const item = await itemAbout(api, moderator, questionId);

    await gqlData(api, {
      query: resolveDocument,
      variables: { input: { id: item!.id, action: 'APPROVE', reason: 'Real documentation links' } },
      as: moderator,
    });

    expect(await visibleToVisitors(questionId)).toBe(true);
  });

  it('lets trusted accounts, staff and established members post without the rules', async () => {
    const trusted = await forum.newUser();
    const trust = await gqlData<{ trustAccount: { userId: string; trusted: boolean } }>(api, {
      query:
        'mutation T($input: AccountTrustInput!) { trustAccount(input: $input) { userId trusted } }',
      variables: { input: { userId: trusted.person.id } },
      as: admin,
    });
    expect(trust.trustAccount).toEqual({ userId: trusted.person.id, trusted: true });
    const expert = await forum.newUser({ role: Role.Expert });
    const established = await forum.newUser();
    await query(
      api,
      `UPDATE user_account SET reputation = 500, created_at = now() - interval '30 days' WHERE id = $1`,
      [established.person.id],
    );
    const links = 'See https://a.example, https://b.example and https://c.example.';

    for (const author of [trusted, expert, established]) {
      const questionId = await ask(author, links);
      expect(await visibleToVisitors(questionId)).toBe(true);
      expect(await itemAbout(api, moderator, questionId)).toBeUndefined();
    }

    await gqlData(api, {
      query: 'mutation T($input: AccountTrustInput!) { untrustAccount(input: $input) { trusted } }',
      variables: { input: { userId: trusted.person.id } },
      as: admin,
    });
    const held = await ask(trusted, `${links} Again.`);
    expect(await visibleToVisitors(held)).toBe(false);
    const audit = await query<{ action: string; actor_id: string }>(
      api,
      'SELECT action, actor_id FROM audit_entry WHERE target_id = $1 ORDER BY created_at',
      [trusted.person.id],
    );
    expect(audit).toEqual([
      { action: 'user.trusted', actor_id: admin.person.id },
      { action: 'user.untrusted', actor_id: admin.person.id },
    ]);
  });

  it('follows the settings: rules off hold nothing', async () => {
    await gqlData(api, {
      query: settingsDocument,
      variables: { input: { linkRuleEnabled: false, firstPostReviewEnabled: false } },
      as: admin,
    });
    const newcomer = await forum.newUser();
    const questionId = await ask(
      newcomer,
      'Docs: https://a.example https://b.example https://c.example',
    );
    expect(await visibleToVisitors(questionId)).toBe(true);
    expect(await itemAbout(api, moderator, questionId)).toBeUndefined();
    await gqlData(api, {
      query: settingsDocument,
      variables: { input: { linkRuleEnabled: true, firstPostReviewEnabled: true } },
      as: admin,
    });
  });

  it('lets admins change bounded settings, audited with before and after', async () => {
    const read = await gqlData<{ moderationSettings: Record<string, unknown> }>(api, {
      query: '{ moderationSettings { flagHideWeight maxLinks maxCharactersPerSecond } }',
      as: moderator,
    });
    expect(read.moderationSettings).toEqual({
      flagHideWeight: 4,
      maxLinks: 3,
      maxCharactersPerSecond: 25,
    });

    const changed = await gqlData<{ updateModerationSettings: Record<string, unknown> }>(api, {
      query: settingsDocument,
      variables: { input: { flagHideWeight: 6, maxLinks: 5 } },
      as: admin,
    });
    expect(changed.updateModerationSettings).toMatchObject({ flagHideWeight: 6, maxLinks: 5 });
    const [audit] = await query<{
      action: string;
      before: unknown;
      after: unknown;
      actor_id: string;
    }>(
      api,
      `SELECT action, before, after, actor_id FROM audit_entry WHERE action = 'settings.changed' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      action: 'settings.changed',
      before: { flagHideWeight: 4, maxLinks: 3 },
      after: { flagHideWeight: 6, maxLinks: 5 },
      actor_id: admin.person.id,
    });

    for (const input of [{ flagHideWeight: 0 }, { maxLinks: 51 }]) {
      const refused = await gql(api, { query: settingsDocument, variables: { input }, as: admin });
      expect(refused.errors?.[0]?.extensions?.reason).toBe('VALIDATION_FAILED');
    }
    const notAdmin = await gql(api, {
      query: settingsDocument,
      variables: { input: { maxLinks: 4 } },
      as: moderator,
    });
    expect(notAdmin.errors?.[0]?.extensions?.reason).toBe('ACCESS_DENIED');
    const member = await forum.newUser();
    const hidden = await gql(api, { query: '{ moderationSettings { maxLinks } }', as: member });
    expect(hidden.errors?.[0]?.extensions?.reason).toBe('ACCESS_DENIED');
    expect((await queue(api, moderator)).length).toBeGreaterThan(0);
  });
});
