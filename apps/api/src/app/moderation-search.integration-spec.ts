import { setTimeout as sleep } from 'node:timers/promises';
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
import { featureModules } from '@forum/api/composition';

/** Held posts across domains: moderation holds them, qna hides them, search follows. */
describe('a post held for review', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let moderator: TestSession;

  beforeAll(async () => {
    api = await createTestApp(featureModules, withoutReputationLimits);
    forum = createForumTestContext(api);
    moderator = await forum.newUser({ role: Role.Moderator });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function searchIds(text: string): Promise<string[]> {
    const response = await gql<{ search: { hits: Array<{ question: { id: string } | null }> } }>(
      api,
      {
        query: 'query S($q: String!) { search(query: $q) { hits { question { id } } } }',
        variables: { q: text },
      },
    );
    return (response.data?.search.hits ?? []).flatMap((hit) =>
      hit.question ? [hit.question.id] : [],
    );
  }

  async function hiddenReasonOf(questionId: string): Promise<string | null | undefined> {
    const [row] = await query<{ hidden_reason: string | null }>(
      api,
      'SELECT hidden_reason FROM question WHERE id = $1',
      [questionId],
    );
    return row?.hidden_reason;
  }

  async function visitorSees(questionId: string): Promise<boolean> {
    const data = await gqlData<{ question: { id: string } | null }>(api, {
      query: 'query Q($id: ID!) { question(id: $id) { id } }',
      variables: { id: questionId },
    });
    return data.question?.id === questionId;
  }

  async function eventuallyFound(text: string, id: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (!(await searchIds(text)).includes(id)) {
      if (Date.now() > deadline) throw new Error(`${id} never became searchable`);
      await sleep(100);
    }
  }

  it('is neither public nor searchable until a moderator approves it, then both', async () => {
    const word = `zephyrine${Date.now()}`;
    const spammer = await forum.newUser();
    const held = await forum.newQuestion({
      author: spammer,
      title: `Where are the ${word} export docs?`,
      body: 'Links: https://a.example/docs https://b.example/docs https://c.example/docs',
    });
    // A public question with the same word, asked later: once it is searchable, the held
    // question's index job has run too.
    const control = await forum.newQuestion({ title: `Does ${word} export support CSV files?` });
    await eventuallyFound(word, control);
    expect(await searchIds(word)).not.toContain(held);
    expect(await hiddenReasonOf(held)).toBe('awaiting_review');
    expect(await visitorSees(held)).toBe(false);

    const queue = await gqlData<{
      reviewQueue: { edges: Array<{ node: { id: string; targetId: string; spamRule: string } }> };
    }>(api, {
      query:
        '{ reviewQueue(filter: { cause: SPAM_RULE }) { edges { node { id targetId spamRule } } } }',
      as: moderator,
    });
    const item = queue.reviewQueue.edges.find((edge) => edge.node.targetId === held)?.node;
    expect(item?.spamRule).toBe('links');
    await gqlData(api, {
      query:
        'mutation R($input: ResolveReviewItemInput!) { resolveReviewItem(input: $input) { status } }',
      variables: { input: { id: item!.id, action: 'APPROVE', reason: 'Links to our own docs' } },
      as: moderator,
    });

    await eventuallyFound(word, held);
    expect(await hiddenReasonOf(held)).toBeNull();
    expect(await visitorSees(held)).toBe(true);
  });
});
