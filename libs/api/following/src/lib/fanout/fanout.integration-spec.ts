import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { NotificationEvents } from '@forum/api/notifications';
import { Clock } from '@forum/api/platform';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { type FollowTarget, mentionMarkdown, Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { FollowingModule } from '../following.module.js';
import { fanoutQueue } from './fanout-jobs.js';
import { FanoutWorker } from './fanout.worker.js';

interface StoredNotification {
  kind: string;
  count: number;
  payload: Record<string, unknown>;
  actorId: string | null;
  readAt: Date | null;
}

describe('Fan-out of notifications', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let db: DataSource;
  let productId: string;
  let asker: TestSession;
  let moderator: TestSession;
  let expert: TestSession;

  beforeAll(async () => {
    api = await createTestApp([FollowingModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    db = api.app.get<DataSource>(getDataSourceToken());
    productId = await forum.newProduct();
    asker = await forum.newUser({ displayName: 'Anna Schmidt' });
    moderator = await forum.newUser({ role: Role.Moderator });
    expert = await forum.newUser({ role: Role.Expert, displayName: 'Erik Expert' });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function follow(userIds: readonly string[], type: FollowTarget, targetId: string) {
    await db.query(
      `INSERT INTO follow (user_id, target_type, target_id)
       SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT DO NOTHING`,
      [userIds, type, targetId],
    );
  }

  function notificationsOf(userId: string): Promise<StoredNotification[]> {
    return db.query(
      `SELECT kind, count, payload, actor_id AS "actorId", read_at AS "readAt"
       FROM notification WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
  }

  async function receiptsOf(userId: string, prefix: string): Promise<string[]> {
    const rows: Array<{ event_key: string }> = await db.query(
      'SELECT event_key FROM notification_receipt WHERE user_id = $1 AND event_key LIKE $2',
      [userId, `${prefix}%`],
    );
    return rows.map((row) => row.event_key);
  }

  /** Waits until every fan-out job enqueued so far has run. */
  async function settled(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [{ open }] = (await db.query(
        `SELECT count(*)::int AS open FROM pgboss.job
         WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [fanoutQueue],
      )) as Array<{ open: number }>;
      if (open === 0) return;
      if (Date.now() > deadline) throw new Error(`${open} fan-out jobs still open`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function tagId(slug: string): Promise<string> {
    const [row] = (await db.query(
      `INSERT INTO tag (slug) VALUES ($1) ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
       RETURNING id`,
      [slug],
    )) as Array<{ id: string }>;
    if (!row) throw new Error(`no tag ${slug}`);
    return row.id;
  }

  const hide = (target: 'QUESTION' | 'ANSWER', id: string) =>
    gqlData(api, {
      query: 'mutation H($input: HidePostInput!) { hidePost(input: $input) { id } }',
      variables: { input: { target, id, note: 'Spam' } },
      as: moderator,
    });
  const unhide = (target: 'QUESTION' | 'ANSWER', id: string) =>
    gqlData(api, {
      query: 'mutation U($input: UnhidePostInput!) { unhidePost(input: $input) { id } }',
      variables: { input: { target, id } },
      as: moderator,
    });

  it('tells the followers of a question about a new answer, never the one who answered', async () => {
    const questionId = await forum.newQuestion({
      author: asker,
      productId,
      title: 'Where is the export button?',
    });
    const [follower, bystander] = await Promise.all([forum.newUser(), forum.newUser()]);
    const helper = await forum.newUser({ displayName: 'Hana Helper' });
    await follow([asker.person.id, follower.person.id, helper.person.id], 'question', questionId);

    const answerId = await forum.newAnswer({ questionId, author: helper });
    await settled();

    for (const person of [asker, follower]) {
      expect(await notificationsOf(person.person.id)).toEqual([
        {
          kind: 'answer.posted',
          count: 1,
          payload: { questionId, questionTitle: 'Where is the export button?', answerId },
          actorId: helper.person.id,
          readAt: null,
        },
      ]);
    }
    expect(await notificationsOf(helper.person.id)).toEqual([]);
    expect(await notificationsOf(bystander.person.id)).toEqual([]);

    const { notifications } = await gqlData<{
      notifications: { edges: Array<{ node: Record<string, unknown> }> };
    }>(api, {
      query: `query { notifications(first: 10) { edges { node {
        kind count actor { displayName }
        payload { ... on AnswerPostedPayload { questionId questionTitle answerId } }
      } } } }`,
      as: follower,
    });
    expect(notifications.edges.map((edge) => edge.node)).toEqual([
      {
        kind: 'answer.posted',
        count: 1,
        actor: { displayName: 'Hana Helper' },
        payload: { questionId, questionTitle: 'Where is the export button?', answerId },
      },
    ]);
  });

  it('tells the followers of a question about comments on it and on its answers', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const answerId = await forum.newAnswer({ questionId });
    await settled();
    const follower = await forum.newUser();
    await follow([follower.person.id], 'question', questionId);

    const commenter = await forum.newUser();
    const onQuestion = await forum.comment({ as: commenter, questionId });
    await settled();
    const onAnswer = await forum.comment({ as: commenter, answerId });
    await settled();

    const [told] = await notificationsOf(follower.person.id);
    expect(await notificationsOf(follower.person.id)).toHaveLength(1);
    expect(told).toMatchObject({
      kind: 'comment.posted',
      count: 2,
      payload: { questionId, answerId, commentId: onAnswer },
      actorId: commenter.person.id,
    });
    expect((await receiptsOf(follower.person.id, 'comment.posted:')).sort()).toEqual(
      [`comment.posted:${onQuestion}`, `comment.posted:${onAnswer}`].sort(),
    );
    expect(await notificationsOf(commenter.person.id)).toEqual([]);
  });

  it('tells an author who accepted or verified their answer', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const [first, second] = await Promise.all([forum.newUser(), forum.newUser()]);
    const firstAnswer = await forum.newAnswer({ questionId, author: first });
    const secondAnswer = await forum.newAnswer({ questionId, author: second });

    await forum.accept({ as: asker, answerId: firstAnswer });
    await forum.accept({ as: expert, answerId: secondAnswer });
    await settled();

    // Answering followed the question too, so answers by others are news as well.
    const about = async (userId: string, kind: string) =>
      (await notificationsOf(userId)).filter((n) => n.kind === kind);
    expect(await about(first.person.id, 'answer.accepted')).toEqual([
      expect.objectContaining({
        kind: 'answer.accepted',
        actorId: asker.person.id,
        payload: expect.objectContaining({ questionId, answerId: firstAnswer }),
      }),
    ]);
    expect(await about(second.person.id, 'answer.verified')).toEqual([
      expect.objectContaining({
        kind: 'answer.verified',
        actorId: expert.person.id,
        payload: expect.objectContaining({ questionId, answerId: secondAnswer }),
      }),
    ]);
    // The asker hears that staff verified a solution to their question, and from whom.
    expect(await about(asker.person.id, 'answer.verified')).toEqual([
      expect.objectContaining({
        actorId: expert.person.id,
        payload: expect.objectContaining({ answerId: secondAnswer, onYourQuestion: true }),
      }),
    ]);
    const verifiedFor = async (session: typeof second) => {
      const { notifications } = await gqlData<{
        notifications: { edges: Array<{ node: Record<string, unknown> }> };
      }>(api, {
        query: `query { notifications(first: 10) { edges { node {
          kind actor { displayName }
          payload { ... on AnswerVerifiedPayload { answerId onYourQuestion } }
        } } } }`,
        as: session,
      });
      return notifications.edges
        .map((edge) => edge.node)
        .filter((n) => n['kind'] === 'answer.verified');
    };
    expect(await verifiedFor(second)).toEqual([
      {
        kind: 'answer.verified',
        actor: { displayName: 'Erik Expert' },
        payload: { answerId: secondAnswer, onYourQuestion: false },
      },
    ]);
    expect(await verifiedFor(asker)).toEqual([
      {
        kind: 'answer.verified',
        actor: { displayName: 'Erik Expert' },
        payload: { answerId: secondAnswer, onYourQuestion: true },
      },
    ]);
  });

  it('tells the asker that their question was closed as a duplicate, and of which', async () => {
    const original = await forum.newQuestion({ productId, title: 'How do I export to CSV?' });
    const duplicate = await forum.newQuestion({ author: asker, productId });
    const offTopic = await forum.newQuestion({ author: asker, productId });
    const close = (id: string, reason: string, duplicateOfId?: string) =>
      gqlData(api, {
        query: 'mutation C($input: CloseQuestionInput!) { closeQuestion(input: $input) { id } }',
        variables: { input: { id, reason, duplicateOfId } },
        as: expert,
      });
    await close(duplicate, 'DUPLICATE', original);
    await close(offTopic, 'OFF_TOPIC');
    await settled();

    const closed = (await notificationsOf(asker.person.id)).filter(
      (n) => n.kind === 'question.closed_as_duplicate',
    );
    expect(closed).toEqual([
      expect.objectContaining({
        actorId: expert.person.id,
        payload: expect.objectContaining({
          questionId: duplicate,
          duplicateOfId: original,
          duplicateOfTitle: 'How do I export to CSV?',
        }),
      }),
    ]);
  });

  it('tells the followers of its tags and product about a new question, each once', async () => {
    const slug = `printing-${Date.now().toString(36)}`;
    const tag = await tagId(slug);
    const [tagFan, productFan, both, nobody] = await Promise.all(
      [0, 1, 2, 3].map(() => forum.newUser()),
    );
    const area = await forum.newProduct();
    await follow([tagFan.person.id, both.person.id, asker.person.id], 'tag', tag);
    await follow([productFan.person.id, both.person.id], 'product', area);

    const questionId = await forum.newQuestion({ author: asker, productId: area, tags: [slug] });
    await settled();

    for (const person of [tagFan, productFan, both]) {
      expect(await notificationsOf(person.person.id)).toEqual([
        expect.objectContaining({
          kind: 'question.in_followed_area',
          count: 1,
          payload: expect.objectContaining({ questionId, productId: area }),
        }),
      ]);
    }
    expect(await notificationsOf(nobody.person.id)).toEqual([]);
    expect(
      (await notificationsOf(asker.person.id)).filter(
        (n) => n.kind === 'question.in_followed_area',
      ),
    ).toEqual([]);
  });

  it('tells those mentioned who may be told, and on an edit only those newly mentioned', async () => {
    const [anna, suspended, removed, later] = await Promise.all([
      forum.newPerson({ displayName: 'Anna Mention' }),
      forum.newPerson({ displayName: 'Sam Suspended' }),
      forum.newPerson({ displayName: 'Dana Deleted' }),
      forum.newPerson({ displayName: 'Lea Later' }),
    ]);
    const clock = api.app.get(Clock);
    await db.query(
      `UPDATE user_account SET suspended_until = $2::timestamptz + interval '1 hour' WHERE id = $1`,
      [suspended.id, clock.now()],
    );
    await db.query('UPDATE user_account SET deleted_at = now() WHERE id = $1', [removed.id]);
    const questionId = await forum.newQuestion({ author: asker, productId });
    const author = await forum.newUser();
    const body = `Ask ${mentionMarkdown(anna)}, ${mentionMarkdown(suspended)} or ${mentionMarkdown(removed)}.`;
    const answerId = await forum.newAnswer({ questionId, author, body });
    await settled();

    expect(await notificationsOf(anna.id)).toEqual([
      expect.objectContaining({
        kind: 'mention',
        actorId: author.person.id,
        payload: expect.objectContaining({ questionId, answerId, postKind: 'answer' }),
      }),
    ]);
    expect(await notificationsOf(suspended.id)).toEqual([]);
    expect(await notificationsOf(removed.id)).toEqual([]);

    await gqlData(api, {
      query: 'mutation E($input: EditAnswerInput!) { editAnswer(input: $input) { id } }',
      variables: { input: { id: answerId, body: `${body} Also ${mentionMarkdown(later)}.` } },
      as: author,
    });
    await settled();
    expect(await notificationsOf(anna.id)).toHaveLength(1);
    expect(await notificationsOf(later.id)).toEqual([
      expect.objectContaining({ kind: 'mention', payload: expect.objectContaining({ answerId }) }),
    ]);

    // Once the suspension has ended (by the API's clock), the next edit tells them.
    const originalNow = clock.now;
    clock.now = () => new Date(originalNow.call(clock).getTime() + 2 * 3600 * 1000);
    try {
      await gqlData(api, {
        query: 'mutation E($input: EditAnswerInput!) { editAnswer(input: $input) { id } }',
        variables: { input: { id: answerId, body: `${body} Thanks.` } },
        as: author,
      });
      await settled();
    } finally {
      clock.now = originalNow;
    }
    expect(await notificationsOf(suspended.id)).toHaveLength(1);
    expect(await notificationsOf(removed.id)).toEqual([]);
  });

  it('tells nobody about a hidden post, removes what was told, and tells on unhiding', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const [early, late, mentioned] = await Promise.all([
      forum.newUser(),
      forum.newUser(),
      forum.newPerson(),
    ]);
    await follow([early.person.id], 'question', questionId);
    const author = await forum.newUser();
    const answerId = await forum.newAnswer({
      questionId,
      author,
      body: `Spam for ${mentionMarkdown(mentioned)}`,
    });
    await settled();
    expect(await notificationsOf(early.person.id)).toHaveLength(1);
    expect(await notificationsOf(mentioned.id)).toHaveLength(1);

    await hide('ANSWER', answerId);
    expect(await notificationsOf(early.person.id)).toEqual([]);
    expect(await notificationsOf(mentioned.id)).toEqual([]);

    // The same job again while the answer is hidden: a new follower hears nothing either.
    await follow([late.person.id], 'question', questionId);
    await api.app
      .get(FanoutWorker)
      .run({ type: 'answer', answerId, actorId: author.person.id, mentionsOnly: false });
    expect(await notificationsOf(late.person.id)).toEqual([]);

    await unhide('ANSWER', answerId);
    await settled();
    expect(await notificationsOf(late.person.id)).toEqual([
      expect.objectContaining({
        kind: 'answer.posted',
        payload: expect.objectContaining({ answerId }),
      }),
    ]);
    // Those told before keep their receipt: the unhiding does not tell them twice.
    expect(await receiptsOf(early.person.id, 'answer.posted:')).toEqual([
      `answer.posted:${answerId}`,
    ]);

    await hide('QUESTION', questionId);
    expect(await notificationsOf(late.person.id)).toEqual([]);
  });

  it('tells each person once per event, whatever retries and concurrent events do', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const followers = await Promise.all([0, 1, 2].map(() => forum.newUser()));
    await follow(
      followers.map((f) => f.person.id),
      'question',
      questionId,
    );
    const authors = await Promise.all(Array.from({ length: 10 }, () => forum.newUser()));

    const posted = await Promise.all(
      authors.map(async (author) => ({
        actorId: author.person.id,
        answerId: await forum.newAnswer({ questionId, author }),
      })),
    );
    const answerIds = posted.map((post) => post.answerId);
    await settled();
    // A retried job, once more for every answer.
    const worker = api.app.get(FanoutWorker);
    await Promise.all(
      posted.map(({ actorId, answerId }) =>
        worker.run({ type: 'answer', answerId, actorId, mentionsOnly: false }),
      ),
    );

    for (const follower of followers) {
      const told = await notificationsOf(follower.person.id);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ kind: 'answer.posted', count: 10, readAt: null });
      expect((await receiptsOf(follower.person.id, 'answer.posted:')).sort()).toEqual(
        answerIds.map((id) => `answer.posted:${id}`).sort(),
      );
    }
  });

  it('fans a question in a tag with 2,500 followers out in batches of 1,000', async () => {
    const slug = `crowded-${Date.now().toString(36)}`;
    const tag = await tagId(slug);
    const crowd = await forum.newPeople(2_500);
    await follow(crowd, 'tag', tag);
    const batches: number[] = [];
    api.app.get(NotificationEvents).subscribe(
      async (_manager, event) => {
        if (event.kind === 'question.in_followed_area') batches.push(event.userIds.length);
      },
      { phase: 'project', name: 'test.batches' },
    );

    const questionId = await forum.newQuestion({ author: asker, productId, tags: [slug] });
    await settled();

    expect(batches).toEqual([1_000, 1_000, 500]);
    const [{ told }] = (await db.query(
      `SELECT count(*)::int AS told FROM notification
       WHERE kind = 'question.in_followed_area' AND payload ->> 'questionId' = $1`,
      [questionId],
    )) as Array<{ told: number }>;
    expect(told).toBe(2_500);
  });

  it('tells the followers of an idea what its voters hear, once for those who are both', async () => {
    const manager = await forum.newUser({ role: Role.ProductManager });
    const ideaId = await forum.newIdea({ title: 'Dark mode for dashboards' });
    const [follower, voterAndFollower] = await Promise.all([forum.newUser(), forum.newUser()]);
    await forum.voteOnIdea({ as: voterAndFollower, ideaId });
    await follow(
      [follower.person.id, voterAndFollower.person.id, manager.person.id],
      'idea',
      ideaId,
    );

    await gqlData(api, {
      query: 'mutation S($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { id } }',
      variables: { input: { ideaId, status: 'PLANNED', message: 'Coming in spring.' } },
      as: manager,
    });
    await settled();

    for (const person of [follower, voterAndFollower]) {
      expect(await notificationsOf(person.person.id)).toEqual([
        expect.objectContaining({
          kind: 'idea.status_changed',
          actorId: manager.person.id,
          payload: expect.objectContaining({
            ideaId,
            ideaTitle: 'Dark mode for dashboards',
            toStatus: 'planned',
            message: 'Coming in spring.',
          }),
        }),
      ]);
    }
    expect(await notificationsOf(manager.person.id)).toEqual([]);
  });

  it('refuses to mark read notifications that are not the viewer’s, changing nothing', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const [mine, theirs] = await Promise.all([forum.newUser(), forum.newUser()]);
    await follow([mine.person.id, theirs.person.id], 'question', questionId);
    await forum.newAnswer({ questionId });
    await settled();
    const idOf = async (person: TestSession) => {
      const [row] = (await db.query('SELECT id FROM notification WHERE user_id = $1', [
        person.person.id,
      ])) as Array<{ id: string }>;
      if (!row) throw new Error('no notification');
      return row.id;
    };
    const markRead = (ids: string[]) =>
      gql<{ markNotificationsRead: number }>(api, {
        query:
          'mutation M($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
        variables: { input: { ids } },
        as: mine,
      });

    const refused = await markRead([await idOf(mine), await idOf(theirs)]);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOTIFICATION_NOT_FOUND',
    });
    expect((await notificationsOf(mine.person.id))[0]?.readAt).toBeNull();
    expect((await notificationsOf(theirs.person.id))[0]?.readAt).toBeNull();

    const tooMany = await markRead(Array.from({ length: 101 }, () => crypto.randomUUID()));
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const done = await markRead([await idOf(mine)]);
    expect(done.data?.markNotificationsRead).toBe(0);
    expect((await notificationsOf(theirs.person.id))[0]?.readAt).toBeNull();
  });
});
