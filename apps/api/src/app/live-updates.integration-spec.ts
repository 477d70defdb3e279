import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NotificationService } from '@forum/api/notifications';
import { LiveEvents, liveApplicationName, socketLimits } from '@forum/api/platform';
import { PostModeration } from '@forum/api/qna';
import { configureApp, platformModules } from '@forum/api/runtime';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gqlData,
  newPerson,
  newSession,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { PostHiddenReason } from '@forum/shared/domain';
import type { FormattedExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { featureModules } from '@forum/api/composition';

/** A second API process on the same database, as another replica behind the load balancer. */
async function startReplica(of: TestApp): Promise<TestApp> {
  @Module({ imports: [...platformModules(of.config), ...featureModules] })
  class ReplicaModule {}
  const app = await NestFactory.create<NestExpressApplication>(ReplicaModule, {
    bufferLogs: true,
  });
  configureApp(app, of.config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, config: of.config, database: of.database, url, close: () => app.close() };
}

interface SocketOptions {
  as?: TestSession;
  origin?: string | null;
}

/** A browser's WebSocket to an API process: its origin and, when signed in, its cookie. */
function socketTo(api: TestApp, options: SocketOptions = {}): Client {
  const origin = options.origin === undefined ? api.config.server.webOrigin : options.origin;
  const headers: Record<string, string> = {
    ...(origin ? { origin } : {}),
    ...(options.as ? { cookie: options.as.cookie } : {}),
  };
  class BrowserSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

type Received =
  | { kind: 'next'; result: FormattedExecutionResult<Record<string, unknown>, unknown> }
  | { kind: 'error'; error: unknown }
  | { kind: 'complete' };

/** A subscription's messages, taken one at a time. */
class Inbox {
  private readonly received: Received[] = [];
  private waiting?: () => void;
  readonly dispose: () => void;

  constructor(
    client: Client,
    query: string,
    variables: Record<string, unknown> = {},
    extensions?: Record<string, unknown>,
  ) {
    this.dispose = client.subscribe(
      { query, variables, ...(extensions ? { extensions } : {}) },
      {
        next: (result) => this.push({ kind: 'next', result }),
        error: (error) => this.push({ kind: 'error', error }),
        complete: () => this.push({ kind: 'complete' }),
      },
    );
  }

  private push(message: Received): void {
    this.received.push(message);
    this.waiting?.();
  }

  async take(timeoutMs = 10_000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no message arrived');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.received.shift()!;
  }

  /** Nothing arrives within this time. */
  async staysQuiet(ms = 1_000): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    expect(this.received).toEqual([]);
  }
}

/** The error codes a refusal carried: a GraphQL error list, or a close event's code. */
function refusalOf(message: Received): unknown {
  if (message.kind === 'next') {
    return message.result.errors?.map((error) => [
      error.extensions?.['code'],
      error.extensions?.['reason'],
    ]);
  }
  if (message.kind === 'error') {
    const error = message.error as
      { code?: number } | Array<{ extensions?: Record<string, unknown> }>;
    if (Array.isArray(error))
      return error.map((e) => [e.extensions?.['code'], e.extensions?.['reason']]);
    return error.code;
  }
  return 'complete';
}

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const unreadCount = 'subscription UnreadCount { unreadNotificationCount }';
const activity =
  'subscription Activity($questionId: ID!) { questionActivity(questionId: $questionId) { questionId kind answerIds commentIds authorId } }';

describe('live updates over WebSocket, fanned out through PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  let forumA: ForumTestContext;
  let forumB: ForumTestContext;
  const clients: Client[] = [];

  const open = (api: TestApp, options?: SocketOptions) => {
    const client = socketTo(api, options);
    clients.push(client);
    return client;
  };

  /** Waits until process `api` has `count` subscribers on a topic (subscribing has no ack). */
  const listening = (api: TestApp, topic: string, count = 1) =>
    waitUntil(() => api.app.get(LiveEvents).listenerCount(topic) >= count);

  beforeAll(async () => {
    a = await createTestApp(featureModules);
    b = await startReplica(a);
    forumA = createForumTestContext(a);
    forumB = createForumTestContext(b);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await b?.close();
    await a?.close();
  });

  it('tells a page on process A of an answer and a comment posted through process B', async () => {
    const asker = await forumA.newUser();
    const questionId = await forumA.newQuestion({ author: asker });
    const inbox = new Inbox(open(a, { as: asker }), activity, { questionId });
    await listening(a, `question.activity:${questionId}`);

    const answerer = await forumB.newUser();
    const answerId = await forumB.newAnswer({ questionId, author: answerer });
    expect(await inbox.take()).toEqual({
      kind: 'next',
      result: {
        data: {
          questionActivity: {
            questionId,
            kind: 'ANSWER',
            answerIds: [answerId],
            commentIds: [],
            authorId: answerer.person.id,
          },
        },
      },
    });

    const commentId = await forumB.comment({ as: answerer, answerId });
    expect(await inbox.take()).toMatchObject({
      kind: 'next',
      result: {
        data: { questionActivity: { kind: 'COMMENT', commentIds: [commentId], answerIds: [] } },
      },
    });
    inbox.dispose();
    await waitUntil(
      () => a.app.get(LiveEvents).listenerCount(`question.activity:${questionId}`) === 0,
    );
  });

  it('hears of changes again after PostgreSQL drops the listening connections', async () => {
    const dataSource = a.app.get(DataSource);
    const listeners = () =>
      dataSource.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [liveApplicationName],
      ) as Promise<Array<{ pid: number }>>;
    const before = await listeners();
    expect(before).toHaveLength(2);
    // What a restart of PostgreSQL does to them.
    await dataSource.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [
      before.map((row) => row.pid),
    ]);
    const deadline = Date.now() + 15_000;
    let after = await listeners();
    while (
      (after.length < 2 || after.some((row) => before.some((old) => old.pid === row.pid))) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await listeners();
    }
    expect(after).toHaveLength(2);
    // LISTEN runs right after the connection opens; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const questionId = await forumA.newQuestion();
    const inbox = new Inbox(open(a), activity, { questionId });
    await listening(a, `question.activity:${questionId}`);
    const answerId = await forumB.newAnswer({ questionId });
    expect(await inbox.take()).toMatchObject({
      result: { data: { questionActivity: { answerIds: [answerId] } } },
    });
  }, 30_000);

  it('never announces an answer held by the spam rules, and announces it once a moderator shows it', async () => {
    const questionId = await forumA.newQuestion();
    const inbox = new Inbox(open(a), activity, { questionId });
    await listening(a, `question.activity:${questionId}`);

    const spammer = await forumB.newUser();
    const heldId = await forumB.newAnswer({
      questionId,
      author: spammer,
      body: 'Cheap licences at https://a.example, https://b.example and www.c.example today.',
    });
    const [held] = await b.app
      .get(DataSource)
      .query('SELECT hidden_at IS NOT NULL AS hidden FROM answer WHERE id = $1', [heldId]);
    expect(held).toEqual({ hidden: true });
    await inbox.staysQuiet();

    await b.app
      .get(DataSource)
      .transaction((manager) =>
        b.app.get(PostModeration).unhide(manager, { kind: 'answer', id: heldId }, null),
      );
    expect(await inbox.take()).toMatchObject({
      kind: 'next',
      result: { data: { questionActivity: { kind: 'ANSWER', answerIds: [heldId] } } },
    });
  });

  it('refuses a question the reader may not see, as not found', async () => {
    const questionId = await forumA.newQuestion();
    await a.app
      .get(DataSource)
      .transaction((manager) =>
        a.app
          .get(PostModeration)
          .hide(
            manager,
            { kind: 'question', id: questionId },
            { reason: PostHiddenReason.Moderator, note: null, actor: null },
          ),
      );
    const reader = await forumA.newUser();
    for (const id of [questionId, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const inbox = new Inbox(open(a, { as: reader }), activity, { questionId: id });
      expect(refusalOf(await inbox.take())).toEqual([['NOT_FOUND', 'QUESTION_NOT_FOUND']]);
    }
  });

  it('counts unread notifications live: now, after a delivery on another process, after reading', async () => {
    const reader = await forumA.newUser();
    const inbox = new Inbox(open(a, { as: reader }), unreadCount);
    expect(await inbox.take()).toEqual({
      kind: 'next',
      result: { data: { unreadNotificationCount: 0 } },
    });
    await listening(a, `notifications.unread:${reader.person.id}`);

    const deliver = (eventKey: string) =>
      b.app.get(DataSource).transaction((manager) =>
        b.app.get(NotificationService).deliver(manager, {
          kind: 'badge.awarded',
          eventKey,
          recipientIds: [reader.person.id],
          actorId: null,
          subjectKey: null,
          payload: {},
        }),
      );
    await deliver(`test:${reader.person.id}:1`);
    expect(await inbox.take()).toEqual({
      kind: 'next',
      result: { data: { unreadNotificationCount: 1 } },
    });
    await deliver(`test:${reader.person.id}:2`);
    expect(await inbox.take()).toEqual({
      kind: 'next',
      result: { data: { unreadNotificationCount: 2 } },
    });

    await gqlData(b, {
      query:
        'mutation Read($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      variables: { input: {} },
      as: reader,
    });
    expect(await inbox.take()).toEqual({
      kind: 'next',
      result: { data: { unreadNotificationCount: 0 } },
    });
  });

  it('announces nothing from a transaction that rolls back', async () => {
    const reader = await forumA.newUser();
    const inbox = new Inbox(open(a, { as: reader }), unreadCount);
    expect(await inbox.take()).toMatchObject({ result: { data: { unreadNotificationCount: 0 } } });
    await listening(a, `notifications.unread:${reader.person.id}`);

    await expect(
      b.app.get(DataSource).transaction(async (manager) => {
        await b.app.get(NotificationService).deliver(manager, {
          kind: 'badge.awarded',
          eventKey: `test:${reader.person.id}:rolled-back`,
          recipientIds: [reader.person.id],
          actorId: null,
          subjectKey: null,
          payload: {},
        });
        throw new Error('the write fails after delivering');
      }),
    ).rejects.toThrow('the write fails after delivering');
    await inbox.staysQuiet(1_500);
  });

  it('refuses the unread count to a visitor', async () => {
    const inbox = new Inbox(open(a), unreadCount);
    expect(refusalOf(await inbox.take())).toEqual([['UNAUTHENTICATED', 'NOT_SIGNED_IN']]);
  });

  it('refuses a socket from another origin, or without one', async () => {
    const reader = await forumA.newUser();
    for (const origin of ['https://evil.example', null]) {
      const inbox = new Inbox(open(a, { as: reader, origin }), unreadCount);
      expect(refusalOf(await inbox.take())).toBe(4403);
    }
  });

  it('runs subscriptions only, at most a bounded number per socket', async () => {
    const reader = await forumA.newUser();
    const client = open(a, { as: reader });
    const query = new Inbox(client, '{ unreadNotificationCount }');
    expect(refusalOf(await query.take())).toEqual([['BAD_REQUEST', 'SUBSCRIPTIONS_ONLY']]);
    const unknown = new Inbox(client, 'subscription { unreadNotificationCounts }');
    expect(refusalOf(await unknown.take())).toEqual([['GRAPHQL_VALIDATION_FAILED', undefined]]);

    const inboxes = Array.from(
      { length: socketLimits.maxSubscriptions },
      () => new Inbox(client, unreadCount),
    );
    for (const inbox of inboxes) expect(await inbox.take()).toMatchObject({ kind: 'next' });
    const extra = new Inbox(client, unreadCount);
    expect(refusalOf(await extra.take())).toEqual([['BAD_REQUEST', 'TOO_MANY_SUBSCRIPTIONS']]);
  });

  it('closes a socket that sends a message over the size limit', async () => {
    const inbox = new Inbox(
      open(a),
      `subscription { questionActivity(questionId: "${'x'.repeat(socketLimits.maxMessageBytes)}") { questionId } }`,
    );
    expect(refusalOf(await inbox.take())).toBe(1009);
  });
});

describe('live updates with trusted documents required', () => {
  const manifestPath = join(
    import.meta.dirname,
    '../../../../libs/web/data-access-graphql/src/generated/persisted-documents.json',
  );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp(featureModules, {
      TRUSTED_DOCUMENTS: 'required',
      TRUSTED_DOCUMENTS_MANIFEST: manifestPath,
    });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('runs the web app’s subscription by hash and refuses any other document', async () => {
    // Signed in directly: the sign-in mutation as a test writes it is not a web app document.
    const reader = await newSession(api, await newPerson(api));
    const client = socketTo(api, { as: reader });
    try {
      const [hash] = Object.entries(manifest).find(([, text]) =>
        /subscription \w+ \{\s*unreadNotificationCount/.test(text),
      )!;
      const byHash = new Inbox(
        client,
        '',
        {},
        {
          persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') },
        },
      );
      expect(await byHash.take()).toEqual({
        kind: 'next',
        result: { data: { unreadNotificationCount: 0 } },
      });

      const untrusted = new Inbox(client, 'subscription Mine { unreadNotificationCount }');
      expect(refusalOf(await untrusted.take())).toEqual([['BAD_REQUEST', 'UNTRUSTED_DOCUMENT']]);
    } finally {
      await client.dispose();
    }
  });
});
