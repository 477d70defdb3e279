import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestApp,
  gql,
  gqlData,
  query,
  signedIn,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { QnaModule } from '../qna.module.js';

const questionHistory = (id: string) => `{ revisions(questionId: "${id}") { previousBody } }`;
const answerHistory = (id: string) => `{ revisions(answerId: "${id}") { previousBody } }`;

describe('the history of deleted posts', () => {
  let api: TestApp;
  let productId: string;
  let author: TestSession;
  let member: TestSession;
  let moderator: TestSession;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], withoutReputationLimits);
    [{ id: productId }] = (await query<{ id: string }>(
      api,
      "INSERT INTO product (slug, name) VALUES ('history', 'History') RETURNING id",
    )) as [{ id: string }];
    author = await signedIn(api);
    member = await signedIn(api);
    moderator = await signedIn(api, { role: Role.Moderator });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  /** A question and an answer, each edited once, so each has one revision. */
  async function editedPosts(): Promise<{ questionId: string; answerId: string }> {
    const { askQuestion } = await gqlData<{ askQuestion: { id: string } }>(api, {
      query: 'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      variables: {
        input: { title: 'Where is my invoice number?', body: 'Order 4711 secret.', productId },
      },
      as: author,
    });
    const { postAnswer } = await gqlData<{ postAnswer: { id: string } }>(api, {
      query: 'mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      variables: { input: { questionId: askQuestion.id, body: 'Customer number 99 is here.' } },
      as: author,
    });
    await gqlData(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: { input: { id: askQuestion.id, body: 'Where do I find my invoice number?' } },
      as: author,
    });
    await gqlData(api, {
      query: 'mutation E($input: EditAnswerInput!) { editAnswer(input: $input) { id } }',
      variables: { input: { id: postAnswer.id, body: 'It is printed on the invoice.' } },
      as: author,
    });
    return { questionId: askQuestion.id, answerId: postAnswer.id };
  }

  async function reasonFor(text: string, as?: TestSession): Promise<unknown> {
    const response = await gql(api, { query: text, as });
    return response.errors?.[0]?.extensions?.reason ?? response.data;
  }

  it('shows the history of a visible post to everyone', async () => {
    const { questionId, answerId } = await editedPosts();
    expect(await reasonFor(questionHistory(questionId))).toEqual({
      revisions: [{ previousBody: 'Order 4711 secret.' }],
    });
    expect(await reasonFor(answerHistory(answerId))).toEqual({
      revisions: [{ previousBody: 'Customer number 99 is here.' }],
    });
  });

  it('keeps the old texts of a deleted question and its answers from visitors and members', async () => {
    const { questionId, answerId } = await editedPosts();
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id: questionId } },
      as: author,
    });
    for (const as of [undefined, member, author]) {
      expect(await reasonFor(questionHistory(questionId), as)).toBe('QUESTION_NOT_FOUND');
      expect(await reasonFor(answerHistory(answerId), as)).toBe('ANSWER_NOT_FOUND');
    }
    expect(await reasonFor(questionHistory(questionId), moderator)).toEqual({
      revisions: [{ previousBody: 'Order 4711 secret.' }],
    });
    expect(await reasonFor(answerHistory(answerId), moderator)).toEqual({
      revisions: [{ previousBody: 'Customer number 99 is here.' }],
    });
  });

  it('keeps the old text of a deleted answer from visitors and members', async () => {
    const { questionId, answerId } = await editedPosts();
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteAnswer(input: $input) }',
      variables: { input: { id: answerId } },
      as: author,
    });
    expect(await reasonFor(answerHistory(answerId))).toBe('ANSWER_NOT_FOUND');
    expect(await reasonFor(answerHistory(answerId), member)).toBe('ANSWER_NOT_FOUND');
    expect(await reasonFor(questionHistory(questionId), member)).toEqual({
      revisions: [{ previousBody: 'Order 4711 secret.' }],
    });
    expect(await reasonFor(answerHistory(answerId), moderator)).toEqual({
      revisions: [{ previousBody: 'Customer number 99 is here.' }],
    });
  });
});
