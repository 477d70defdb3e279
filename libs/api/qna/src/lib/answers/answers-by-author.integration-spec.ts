import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
import { Role } from '@forum/shared/domain';
import { QnaModule } from '../qna.module.js';

const answersQuery = `query A($authorId: ID!, $first: Int, $after: String) {
  answers(authorId: $authorId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id isAccepted hiddenReason question { id title state } } }
  }
}`;

interface AnswersPage {
  answers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        isAccepted: boolean;
        hiddenReason: string | null;
        question: { id: string; title: string; state: string } | null;
      };
    }>;
  };
}

describe("a person's answers and questions on their profile", () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let answerer: TestSession;
  let asker: TestSession;
  let moderator: TestSession;
  let member: TestSession;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    [answerer, asker, moderator, member] = await Promise.all([
      forum.newUser(),
      forum.newUser(),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser(),
    ]);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const list = (authorId: string, as?: TestSession, first = 20, after?: string | null) =>
    gql<AnswersPage>(api, { query: answersQuery, variables: { authorId, first, after }, as });

  const hide = (target: 'QUESTION' | 'ANSWER', id: string) =>
    gqlData(api, {
      query: 'mutation H($input: HidePostInput!) { hidePost(input: $input) { id } }',
      variables: { input: { target, id, note: 'Off topic' } },
      as: moderator,
    });

  it('lists answers newest first with their question and acceptance, a page at a time', async () => {
    const questions: string[] = [];
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const questionId = await forum.newQuestion({ author: asker });
      questions.push(questionId);
      answers.push(await forum.newAnswer({ questionId, author: answerer }));
    }
    await forum.accept({ as: asker, answerId: answers[0] as string });

    const first = await list(answerer.person.id, undefined, 2);
    expect(first.errors).toBeUndefined();
    expect(first.data?.answers.totalCount).toBe(3);
    expect(first.data?.answers.edges.map((edge) => edge.node.id)).toEqual([answers[2], answers[1]]);
    expect(first.data?.answers.edges[0]?.node).toMatchObject({
      isAccepted: false,
      hiddenReason: null,
      question: { id: questions[2], state: 'ANSWERED' },
    });
    expect(first.data?.answers.pageInfo.hasNextPage).toBe(true);

    const second = await list(
      answerer.person.id,
      member,
      2,
      first.data?.answers.pageInfo.endCursor,
    );
    expect(second.data?.answers.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: answers[0],
        isAccepted: true,
        question: expect.objectContaining({ id: questions[0], state: 'SOLVED' }),
      }),
    ]);
    expect(second.data?.answers.pageInfo.hasNextPage).toBe(false);
  });

  it('shows hidden answers and answers on hidden questions only to moderators and the author, never deleted ones', async () => {
    const writer = await forum.newUser();
    const shown = await forum.newAnswer({ questionId: await forum.newQuestion(), author: writer });
    const hiddenAnswer = await forum.newAnswer({
      questionId: await forum.newQuestion(),
      author: writer,
    });
    await hide('ANSWER', hiddenAnswer);
    const hiddenQuestion = await forum.newQuestion({ author: asker });
    const onHiddenQuestion = await forum.newAnswer({ questionId: hiddenQuestion, author: writer });
    await hide('QUESTION', hiddenQuestion);
    const deletedQuestion = await forum.newQuestion({ author: asker });
    await forum.newAnswer({ questionId: deletedQuestion, author: writer });
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id: deletedQuestion } },
      as: asker,
    });
    const deletedAnswer = await forum.newAnswer({
      questionId: await forum.newQuestion(),
      author: writer,
    });
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteAnswer(input: $input) }',
      variables: { input: { id: deletedAnswer } },
      as: writer,
    });

    const ids = async (as?: TestSession) => {
      const page = await list(writer.person.id, as);
      expect(page.errors).toBeUndefined();
      expect(page.data?.answers.totalCount).toBe(page.data?.answers.edges.length);
      return page.data?.answers.edges.map((edge) => edge.node.id);
    };
    expect(await ids()).toEqual([shown]);
    expect(await ids(member)).toEqual([shown]);
    // The author sees their own hidden answer, marked, but not the hidden question of another.
    expect(await ids(writer)).toEqual([hiddenAnswer, shown]);
    const own = await list(writer.person.id, writer);
    expect(own.data?.answers.edges[0]?.node.hiddenReason).toBe('MODERATOR');
    expect(await ids(moderator)).toEqual([onHiddenQuestion, hiddenAnswer, shown]);
    // The asker of the hidden question sees the answer on it, and the question.
    expect(await ids(asker)).toEqual([onHiddenQuestion, shown]);
  });

  it('refuses pages over 50 and malformed ids with typed errors', async () => {
    const tooMany = await list(answerer.person.id, member, 51);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await list('not-an-id', member);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await list(answerer.person.id, member, 5, 'garbage');
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters the question list by author, with the author seeing their hidden ones', async () => {
    const person = await forum.newUser();
    const open = await forum.newQuestion({ author: person });
    const hidden = await forum.newQuestion({ author: person });
    await hide('QUESTION', hidden);
    await forum.newQuestion({ author: asker });
    const byAuthor = async (as?: TestSession) =>
      (
        await gqlData<{
          questions: { totalCount: number; edges: Array<{ node: { id: string } }> };
        }>(api, {
          query:
            'query Q($filter: QuestionFilter) { questions(filter: $filter, orderBy: NEWEST) { totalCount edges { node { id } } } }',
          variables: { filter: { authorId: person.person.id } },
          as,
        })
      ).questions;
    expect(await byAuthor(member)).toEqual({ totalCount: 1, edges: [{ node: { id: open } }] });
    expect(await byAuthor(person)).toEqual({
      totalCount: 2,
      edges: [{ node: { id: hidden } }, { node: { id: open } }],
    });
  });
});
