import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, gql, query, signedIn, type TestApp } from '@forum/api/testing';
import { QnaModule } from '../qna.module.js';

const ask = 'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }';
const answer = 'mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }';

describe("new members' daily limits under concurrent posts", () => {
  let api: TestApp;
  let productId: string;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], {
      NEW_ACCOUNT_QUESTIONS_PER_DAY: '3',
      NEW_ACCOUNT_ANSWERS_PER_DAY: '10',
    });
    [{ id: productId }] = (await query<{ id: string }>(
      api,
      "INSERT INTO product (slug, name) VALUES ('limits', 'Limits') RETURNING id",
    )) as [{ id: string }];
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  async function countOf(table: 'question' | 'answer', authorId: string): Promise<number> {
    const [row] = await query<{ n: number }>(
      api,
      `SELECT count(*)::int AS n FROM ${table} WHERE author_id = $1`,
      [authorId],
    );
    return row!.n;
  }

  it('creates exactly the daily limit of questions from fifty concurrent asks', async () => {
    const newcomer = await signedIn(api);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(api, {
          query: ask,
          variables: {
            input: { title: `Concurrent question number ${i}`, body: 'Body.', productId },
          },
          as: newcomer,
        }),
      ),
    );
    const refused = responses.filter(
      (response) => response.errors?.[0]?.extensions?.reason === 'INSUFFICIENT_REPUTATION',
    );
    expect(responses.length - refused.length).toBe(3);
    expect(refused).toHaveLength(47);
    expect(await countOf('question', newcomer.person.id)).toBe(3);
  }, 120_000);

  it('creates exactly the daily limit of answers from thirty concurrent posts', async () => {
    const asker = await signedIn(api, { role: 'expert' });
    const newcomer = await signedIn(api);
    const questionId = (
      await gql<{ askQuestion: { id: string } }>(api, {
        query: ask,
        variables: { input: { title: 'A question to answer at once', body: 'Body.', productId } },
        as: asker,
      })
    ).data!.askQuestion.id;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(api, {
          query: answer,
          variables: { input: { questionId, body: `Concurrent answer number ${i}.` } },
          as: newcomer,
        }),
      ),
    );
    expect(responses.filter((response) => !response.errors)).toHaveLength(10);
    expect(await countOf('answer', newcomer.person.id)).toBe(10);
  }, 120_000);
});
