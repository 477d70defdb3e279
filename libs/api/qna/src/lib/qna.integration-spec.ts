import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestApp,
  gql,
  newPerson,
  newSession,
  query,
  signedIn,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { QnaModule } from './qna.module.js';

const ask = `mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id state tags author { displayName } } }`;
const answer = `mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }`;
const accept = `mutation C($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id state acceptedAt acceptedBy { displayName staffTitle isStaff } answers { id } } }`;
const vote = `mutation V($input: VoteInput!) { vote(input: $input) { score } }`;

describe('questions, answers and accepted solutions', () => {
  let api: TestApp;
  let productId: string;
  let asker: TestSession;

  beforeAll(async () => {
    // About questions and answers, not about what reputation unlocks (the reputation tests are):
    // fresh test people may post and downvote freely here.
    api = await createTestApp([QnaModule], withoutReputationLimits);
    const [row] = await query<{ id: string }>(
      api,
      "INSERT INTO product (slug, name) VALUES ('billing', 'Billing') RETURNING id",
    );
    productId = row!.id;
    asker = await signedIn(api, { displayName: 'Jana Hoffmann' });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function newQuestion(
    session: TestSession = asker,
    tags: string[] = ['invoices'],
  ): Promise<string> {
    const response = await gql<{ askQuestion: { id: string } }>(api, {
      query: ask,
      variables: {
        input: {
          title: 'How do I download an invoice as PDF?',
          body: 'I can only see the HTML version.',
          productId,
          tags,
        },
      },
      as: session,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.askQuestion.id;
  }

  async function newAnswer(questionId: string, session: TestSession): Promise<string> {
    const response = await gql<{ postAnswer: { id: string } }>(api, {
      query: answer,
      variables: {
        input: { questionId, body: 'Open Billing, then Invoices, and choose Download PDF.' },
      },
      as: session,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.postAnswer.id;
  }

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

    const peer = await signedIn(api);
    const peerAnswer = await newAnswer(questionId, peer);
    const expert = await signedIn(api, {
      role: Role.Expert,
      staffTitle: 'Support Engineer, Billing',
      displayName: 'Anna Schmidt',
    });
    const expertAnswer = await newAnswer(questionId, expert);
    await gql(api, {
      query: vote,
      variables: { input: { target: 'ANSWER', id: expertAnswer, direction: 'UP' } },
      as: asker,
    });

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
    const questionId = await newQuestion();
    const helper = await signedIn(api);
    const answerId = await newAnswer(questionId, helper);
    const own = await gql(api, {
      query: vote,
      variables: { input: { target: 'QUESTION', id: questionId, direction: 'UP' } },
      as: asker,
    });
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OWN_POST',
    });
    const bystander = await signedIn(api);
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
    const questionId = await newQuestion();
    const answerId = await newAnswer(questionId, await signedIn(api));
    const voters = await Promise.all(
      Array.from({ length: 200 }, async () => newSession(api, await newPerson(api))),
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
    const questionId = await newQuestion();
    const first = await newAnswer(questionId, await signedIn(api));
    const second = await newAnswer(questionId, await signedIn(api));
    const expert = await signedIn(api, { role: Role.Expert });
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
