import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { featureModules } from '@forum/api/composition';
import {
  childEnvironment,
  createForumTestContext,
  createTestConfig,
  type ForumTestContext,
  gqlData,
  startTestApp,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  eventually,
  type NodeProcess,
  type SearchData,
  searchQuery,
  startApi,
  startWorker,
} from './processes.test-helpers.js';

/**
 * Production's shape on one database: two API processes that work no queue (FORUM_WORKERS=off)
 * and one worker. The first API is this test's own process, the second and the worker are
 * processes of their own.
 */
describe('two API processes and a worker', () => {
  let api1: TestApp;
  let api2: { url: string };
  let forum: ForumTestContext;
  const children: NodeProcess[] = [];

  beforeAll(async () => {
    const shared = await createTestConfig({ ...withoutReputationLimits, FORUM_WORKERS: 'off' });
    const env = childEnvironment(shared, withoutReputationLimits);
    api1 = await startTestApp(shared, featureModules);
    forum = createForumTestContext(api1);
    const [second, worker] = await Promise.all([startApi(env, 'api 2'), startWorker(env)]);
    children.push(second, worker);
    api2 = second;
  }, 240_000);

  afterAll(async () => {
    for (const child of children) await child.stop('SIGKILL');
    await api1?.close();
  });

  it('accepts on API 2 a session created through API 1', async () => {
    const member = await forum.newUser();
    const data = await gqlData<{ me: { id: string } | null }>(api2, {
      query: '{ me { id } }',
      as: member,
    });
    expect(data.me?.id).toBe(member.person.id);
  });

  it('finds through API 2 a question asked through API 1, indexed by the worker', async () => {
    const title = `Webhook retries ${Date.now()} arrive out of order`;
    const questionId = await forum.newQuestion({ title });
    const found = await eventually(
      () => gqlData<SearchData>(api2, { query: searchQuery, variables: { query: title } }),
      (data) => data.search.hits.some((hit) => hit.question?.id === questionId),
      30_000,
    );
    expect(found.search.hits.map((hit) => hit.question?.id)).toContain(questionId);
  });

  it('tells a page connected to API 2 of an answer posted through API 1', async () => {
    const asker = await forum.newUser();
    const questionId = await forum.newQuestion({ author: asker });
    const socket = socketTo(api2.url, asker, api1.config.server.webOrigin);
    const received: string[][] = [];
    const dispose = socket.subscribe<{ questionActivity: { answerIds: string[] } }>(
      {
        query:
          'subscription Activity($questionId: ID!) { questionActivity(questionId: $questionId) { answerIds } }',
        variables: { questionId },
      },
      {
        next: (result) => received.push(result.data?.questionActivity.answerIds ?? []),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    try {
      // The subscription starts listening some time after the socket opens: answer until the
      // page hears of one, then check it heard of an answer that was posted.
      const posted: string[] = [];
      await eventually(
        async () => {
          posted.push(await forum.newAnswer({ questionId }));
          return received.length;
        },
        (count) => count > 0,
        30_000,
      );
      expect(posted).toEqual(expect.arrayContaining(received[0]!));
      expect(received[0]!.length).toBeGreaterThan(0);
    } finally {
      dispose();
      await socket.dispose();
    }
  });

  it('shows on API 2 moderation settings changed through API 1 at once, not after its cache expires', async () => {
    const admin = await forum.newUser({ role: Role.Admin });
    const read = () =>
      gqlData<{ moderationSettings: { maxLinks: number } }>(api2, {
        query: '{ moderationSettings { maxLinks } }',
        as: admin,
      });
    const before = (await read()).moderationSettings.maxLinks;
    const changed = before === 50 ? 49 : before + 1;
    await gqlData(api1, {
      query:
        'mutation Change($input: UpdateModerationSettingsInput!) { updateModerationSettings(input: $input) { maxLinks } }',
      variables: { input: { maxLinks: changed } },
      as: admin,
    });
    // API 2 had the settings cached for 30 s; the change reaches it within a few seconds.
    const after = await eventually(
      read,
      (data) => data.moderationSettings.maxLinks === changed,
      5_000,
    );
    expect(after.moderationSettings.maxLinks).toBe(changed);
  });
});

/** A browser's WebSocket to an API process, signed in, from the web app's origin. */
function socketTo(url: string, as: TestSession, origin: string): Client {
  class BrowserSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { origin, cookie: as.cookie } });
    }
  }
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserSocket,
    retryAttempts: 0,
  });
}
