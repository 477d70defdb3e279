import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  query,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { QnaModule } from './qna.module.js';

const ask = `mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id state tags author { displayName } } }`;
const accept = `mutation C($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id state acceptedAt acceptedBy { displayName staffTitle isStaff } answers { id } } }`;
const vote = `mutation V($input: VoteInput!) { vote(input: $input) { score } }`;

describe('questions, answers and accepted solutions', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let productId: string;
  let asker: TestSession;

  beforeAll(async () => {
    // About questions and answers, not about what reputation unlocks (the reputation tests are):
    // fresh test people may post and downvote freely here.
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    productId = await forum.newProduct({ slug: 'billing', name: 'Billing' });
    asker = await forum.newUser({ displayName: 'Jana Hoffmann' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets a customer ask, another answer and an expert verify the solution; the question shows as solved', async () => {
    const asked = await gql<{ askQuestion: { id: string; state: string; tags: string[] } }>(api, {
      query: ask,
      variables: {
        input: {
          title: 'Where can I change my billing address?',
          body: 'The **invoice** shows the old one.',
          productId,
          tags: ['Billing Address', 'invoices'],
        },
      },
      as: asker,
    });
    expect(asked.data?.askQuestion).toMatchObject({
      state: 'OPEN',
      tags: ['billing-address', 'invoices'],
    });
    const questionId = asked.data!.askQuestion.id;

    const peer = await forum.newUser();
    const peerAnswer = await forum.newAnswer({ questionId, author: peer });
    const expert = await forum.newUser({
      role: Role.Expert,
      staffTitle: 'Support Engineer, Billing',
      displayName: 'Anna Schmidt',
    });
    const expertAnswer = await forum.newAnswer({ questionId, author: expert });
    await forum.vote({ as: asker, target: 'ANSWER', id: expertAnswer, direction: 'UP' });

    const accepted = await gql<{
      acceptAnswer: {
        state: string;
        acceptedBy: Record<string, unknown>;
        answers: Array<{ id: string }>;
      };
    }>(api, {
      query: accept,
      variables: { input: { answerId: peerAnswer } },
      as: expert,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptAnswer).toMatchObject({
      state: 'SOLVED',
      acceptedBy: {
        displayName: 'Anna Schmidt',
        staffTitle: 'Support Engineer, Billing',
        isStaff: true,
      },
    });
    expect(accepted.data?.acceptAnswer.answers.map((a) => a.id)).toEqual([
      peerAnswer,
      expertAnswer,
    ]);

    for (const list of [
      '(orderBy: NEWEST)',
      '(orderBy: ACTIVE)',
      '(orderBy: TOP)',
      '(filter: { states: [SOLVED] })',
      `(filter: { productId: "${productId}" })`,
      '(filter: { tag: "invoices" })',
    ]) {
      const page = await gql<{
        questions: { edges: Array<{ node: { id: string; state: string } }> };
      }>(api, {
        query: `{ questions${list.replace(')', ', first: 100)')} { edges { node { id state } } } }`,
      });
      expect(
        page.data?.questions.edges.find((edge) => edge.node.id === questionId)?.node.state,
      ).toBe('SOLVED');
    }
    const unanswered = await gql<{ questions: { edges: Array<{ node: { id: string } }> } }>(api, {
      query: '{ questions(filter: { unanswered: true }, first: 100) { edges { node { id } } } }',
    });
    expect(unanswered.data?.questions.edges.map((edge) => edge.node.id)).not.toContain(questionId);
  });

  it('refuses bad questions with typed errors and stores none of them', async () => {
    const before = (await query<{ n: number }>(api, 'SELECT count(*)::int AS n FROM question'))[0]!
      .n;
    const attempt = (input: Record<string, unknown>) =>
      gql(api, {
        query: ask,
        variables: {
          input: { title: 'A perfectly fine question title?', body: 'Body', productId, ...input },
        },
        as: asker,
      });
    expect((await attempt({ title: 'Too short?' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
    });
    expect((await attempt({ title: 'x'.repeat(151) })).errors?.[0]?.extensions).toMatchObject({
      reason: 'VALIDATION_FAILED',
    });
    expect((await attempt({ body: 'x'.repeat(30_001) })).errors?.[0]?.extensions).toMatchObject({
      reason: 'VALIDATION_FAILED',
    });
    expect(
      (await attempt({ productId: '00000000-0000-4000-8000-000000000000' })).errors?.[0]
        ?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PRODUCT_NOT_FOUND',
    });
    expect(
      (await attempt({ tags: ['a', 'b', 'c', 'd', 'e', 'f'] })).errors?.[0]?.extensions,
    ).toMatchObject({ reason: 'TOO_MANY_TAGS' });
    expect((await attempt({ tags: ['!!!'] })).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_TAG',
    });
    const anonymous = await gql(api, {
      query: ask,
      variables: { input: { title: 'A perfectly fine question title?', body: 'x', productId } },
    });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await query<{ n: number }>(api, 'SELECT count(*)::int AS n FROM question'))[0]!.n).toBe(
      before,
    );
    expect((await query(api, "SELECT 1 FROM tag WHERE slug IN ('f', 'a')")).length).toBe(0);
  });

  it('refuses votes on own posts and acceptance by other customers, changing nothing', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const helper = await forum.newUser();
    const answerId = await forum.newAnswer({ questionId, author: helper });
    const own = await gql(api, {
      query: vote,
      variables: { input: { target: 'QUESTION', id: questionId, direction: 'UP' } },
      as: asker,
    });
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OWN_POST',
    });
    const bystander = await forum.newUser();
    const foreign = await gql(api, {
      query: accept,
      variables: { input: { answerId } },
      as: bystander,
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED_TO_ACCEPT',
    });
    const [row] = await query<{ score: number; accepted_answer_id: string | null; state: string }>(
      api,
      'SELECT score, accepted_answer_id, state FROM question WHERE id = $1',
      [questionId],
    );
    expect(row).toEqual({ score: 0, accepted_answer_id: null, state: 'answered' });
  });

  it('keeps the score equal to the vote rows under 200 parallel votes, and lets votes change and go', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const answerId = await forum.newAnswer({ questionId, author: await forum.newUser() });
    const voters = await Promise.all(
      Array.from({ length: 200 }, async () => forum.sessionOf(await forum.newPerson())),
    );
    const results = await Promise.all(
      voters.map((voter, i) =>
        gql(api, {
          query: vote,
          variables: {
            input: { target: 'ANSWER', id: answerId, direction: i % 4 === 0 ? 'DOWN' : 'UP' },
          },
          as: voter,
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const sumOfRows = async () =>
      (
        await query<{ sum: number }>(
          api,
          'SELECT coalesce(sum(value), 0)::int AS sum FROM answer_vote WHERE answer_id = $1',
          [answerId],
        )
      )[0]!.sum;
    const score = async () =>
      (
        await query<{ score: number }>(api, 'SELECT score FROM answer WHERE id = $1', [answerId])
      )[0]!.score;
    expect(await sumOfRows()).toBe(150 - 50);
    expect(await score()).toBe(100);

    await Promise.all(
      voters.slice(0, 20).map((voter) =>
        gql(api, {
          query: vote,
          variables: { input: { target: 'ANSWER', id: answerId, direction: 'NONE' } },
          as: voter,
        }),
      ),
    );
    await Promise.all(
      voters.slice(20, 40).map((voter) =>
        gql(api, {
          query: vote,
          variables: { input: { target: 'ANSWER', id: answerId, direction: 'DOWN' } },
          as: voter,
        }),
      ),
    );
    expect(await score()).toBe(await sumOfRows());
    expect(
      (await query(api, 'SELECT 1 FROM answer_vote WHERE answer_id = $1', [answerId])).length,
    ).toBe(180);
  });

  it('leaves exactly one accepted answer when two people accept different answers at once', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const first = await forum.newAnswer({ questionId, author: await forum.newUser() });
    const second = await forum.newAnswer({ questionId, author: await forum.newUser() });
    const expert = await forum.newUser({ role: Role.Expert });
    const results = await Promise.all([
      gql(api, { query: accept, variables: { input: { answerId: first } }, as: asker }),
      gql(api, { query: accept, variables: { input: { answerId: second } }, as: expert }),
    ]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await query<{ accepted_answer_id: string; state: string }>(
      api,
      'SELECT accepted_answer_id, state FROM question WHERE id = $1',
      [questionId],
    );
    expect([first, second]).toContain(row!.accepted_answer_id);
    expect(row!.state).toBe('solved');
  });
});
