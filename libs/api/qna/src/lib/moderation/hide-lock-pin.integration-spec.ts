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
import { PostHiddenReason, Role } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { QnaModule } from '../qna.module.js';
import { PostModeration } from './post-moderation.service.js';

const questionView = `query Q($id: ID!) {
  question(id: $id) {
    id answerCount state lockedAt pinnedAt hiddenReason hiddenNote acceptedAnswerId
    answers { id hiddenReason hiddenNote }
  }
}`;
const listView = `query L($filter: QuestionFilter, $first: Int, $after: String) {
  questions(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id pinnedAt } } pageInfo { endCursor hasNextPage }
  }
}`;

interface QuestionView {
  id: string;
  answerCount: number;
  state: string;
  lockedAt: string | null;
  pinnedAt: string | null;
  hiddenReason: string | null;
  hiddenNote: string | null;
  acceptedAnswerId: string | null;
  answers: Array<{ id: string; hiddenReason: string | null; hiddenNote: string | null }>;
}

describe('hiding, locking and pinning', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let moderator: TestSession;
  let expert: TestSession;
  let author: TestSession;
  let member: TestSession;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    moderator = await forum.newUser({ role: Role.Moderator });
    expert = await forum.newUser({ role: Role.Expert });
    author = await forum.newUser();
    member = await forum.newUser();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  async function view(id: string, as?: TestSession): Promise<QuestionView | null> {
    return (
      await gqlData<{ question: QuestionView | null }>(api, {
        query: questionView,
        variables: { id },
        as,
      })
    ).question;
  }

  async function listed(filter: Record<string, unknown>, as?: TestSession): Promise<string[]> {
    const { questions } = await gqlData<{
      questions: { edges: Array<{ node: { id: string } }> };
    }>(api, { query: listView, variables: { filter, first: 100 }, as });
    return questions.edges.map((edge) => edge.node.id);
  }

  async function act(
    mutation: string,
    input: Record<string, unknown>,
    as: TestSession,
  ): Promise<string | undefined> {
    const response = await gql(api, {
      query: `mutation M($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { id } }`,
      variables: { input },
      as,
    });
    return response.errors?.[0]?.extensions?.reason as string | undefined;
  }

  const auditOf = (targetId: string) =>
    query<{ action: string; actor_id: string; reason: string | null }>(
      api,
      'SELECT action, actor_id, reason FROM audit_entry WHERE target_id = $1 ORDER BY id',
      [targetId],
    );

  it('hides a question from visitors and members, and shows it to its author and moderators with the note', async () => {
    const productId = await forum.newProduct();
    const questionId = await forum.newQuestion({ author, productId });
    await gqlData(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: { input: { id: questionId, body: 'Edited so that it has a revision.' } },
      as: author,
    });
    expect(
      await act(
        'hidePost',
        { target: 'QUESTION', id: questionId, note: 'Contains a licence key' },
        expert,
      ),
    ).toBe('ACCESS_DENIED');
    expect(
      await act(
        'hidePost',
        { target: 'QUESTION', id: questionId, note: ' Contains a licence key ' },
        moderator,
      ),
    ).toBeUndefined();

    expect(await view(questionId)).toBeNull();
    expect(await view(questionId, member)).toBeNull();
    expect(await view(questionId, author)).toMatchObject({
      hiddenReason: 'MODERATOR',
      hiddenNote: 'Contains a licence key',
    });
    expect(await view(questionId, moderator)).toMatchObject({ hiddenReason: 'MODERATOR' });
    expect(await listed({ productId })).toEqual([]);
    expect(await listed({ productId }, moderator)).toEqual([]);
    // The author's own list shows the hidden question; other people's view of it does not.
    expect(await listed({ authorId: author.person.id }, author)).toEqual([questionId]);
    expect(await listed({ authorId: author.person.id }, member)).toEqual([]);
    const totals = await gqlData<{ questions: { totalCount: number } }>(api, {
      query: listView,
      variables: { filter: { productId } },
    });
    expect(totals.questions.totalCount).toBe(0);

    const history = `{ revisions(questionId: "${questionId}") { previousBody } }`;
    expect((await gql(api, { query: history, as: member })).errors?.[0]?.extensions?.reason).toBe(
      'QUESTION_NOT_FOUND',
    );
    expect((await gql(api, { query: history, as: author })).data).toEqual({
      revisions: [expect.objectContaining({ previousBody: expect.any(String) })],
    });
    // Nobody else can answer, comment or vote on what they cannot see.
    expect(
      (
        await gql(api, {
          query: 'mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
          variables: { input: { questionId, body: 'An answer to something hidden.' } },
          as: member,
        })
      ).errors?.[0]?.extensions?.reason,
    ).toBe('QUESTION_NOT_FOUND');

    expect(await act('hidePost', { target: 'QUESTION', id: questionId }, moderator)).toBe(
      'ALREADY_HIDDEN',
    );
    expect(
      await act('unhidePost', { target: 'QUESTION', id: questionId }, moderator),
    ).toBeUndefined();
    expect(await act('unhidePost', { target: 'QUESTION', id: questionId }, moderator)).toBe(
      'NOT_HIDDEN',
    );
    expect(await view(questionId, member)).toMatchObject({ id: questionId, hiddenReason: null });
    expect(await listed({ productId })).toEqual([questionId]);
    expect(
      (await auditOf(questionId)).map((entry) => [entry.action, entry.actor_id, entry.reason]),
    ).toEqual([
      ['question.hidden', moderator.person.id, 'Contains a licence key'],
      ['question.unhidden', moderator.person.id, null],
    ]);
  });

  it('hides an answer from the answers and the count, for everyone but its author and moderators', async () => {
    const answerer = await forum.newUser();
    const questionId = await forum.newQuestion({ author });
    const hiddenId = await forum.newAnswer({ questionId, author: answerer });
    const shownId = await forum.newAnswer({ questionId });
    await forum.accept({ as: author, answerId: hiddenId });
    expect(
      await act('hidePost', { target: 'ANSWER', id: hiddenId, note: 'Phishing link' }, moderator),
    ).toBeUndefined();

    const visitorView = await view(questionId);
    expect(visitorView).toMatchObject({
      answerCount: 1,
      state: 'ANSWERED',
      acceptedAnswerId: null,
    });
    expect(visitorView?.answers).toEqual([{ id: shownId, hiddenReason: null, hiddenNote: null }]);
    expect((await view(questionId, answerer))?.answers).toEqual(
      expect.arrayContaining([
        { id: hiddenId, hiddenReason: 'MODERATOR', hiddenNote: 'Phishing link' },
      ]),
    );
    expect((await view(questionId, moderator))?.answers.map((a) => a.id).sort()).toEqual(
      [hiddenId, shownId].sort(),
    );
    const comment = await gql(api, {
      query: 'mutation C($input: AddCommentInput!) { addComment(input: $input) { id } }',
      variables: { input: { answerId: hiddenId, body: 'Does this still work?' } },
      as: member,
    });
    expect(comment.errors?.[0]?.extensions?.reason).toBe('ANSWER_NOT_FOUND');

    expect(await act('unhidePost', { target: 'ANSWER', id: hiddenId }, moderator)).toBeUndefined();
    expect(await view(questionId)).toMatchObject({
      answerCount: 2,
      state: 'SOLVED',
      acceptedAnswerId: hiddenId,
    });
    expect((await auditOf(hiddenId)).map((entry) => entry.action)).toEqual([
      'answer.hidden',
      'answer.unhidden',
    ]);
  });

  it('shows the author that a held post waits for review, without the rule that held it', async () => {
    const answerer = await forum.newUser();
    const questionId = await forum.newQuestion({ author });
    const answerId = await forum.newAnswer({ questionId, author: answerer });
    const dataSource = api.app.get(DataSource);
    await dataSource.transaction((manager) =>
      api.app
        .get(PostModeration)
        .hide(
          manager,
          { kind: 'answer', id: answerId },
          {
            reason: PostHiddenReason.AwaitingReview,
            note: 'Rule: new account posts a link',
            actor: null,
          },
        ),
    );
    expect((await view(questionId, answerer))?.answers).toEqual([
      { id: answerId, hiddenReason: 'AWAITING_REVIEW', hiddenNote: null },
    ]);
    expect((await view(questionId, moderator))?.answers).toEqual([
      {
        id: answerId,
        hiddenReason: 'AWAITING_REVIEW',
        hiddenNote: 'Rule: new account posts a link',
      },
    ]);
    expect((await view(questionId, author))?.answers).toEqual([]);
  });

  it('refuses answers, comments and author edits on a locked question', async () => {
    const questionId = await forum.newQuestion({ author });
    const answerId = await forum.newAnswer({ questionId, author: member });
    expect(await act('lockQuestion', { id: questionId }, member)).toBe('ACCESS_DENIED');
    expect(await act('lockQuestion', { id: questionId }, moderator)).toBeUndefined();
    expect(await act('lockQuestion', { id: questionId }, moderator)).toBe('ALREADY_LOCKED');
    expect((await view(questionId))?.lockedAt).toEqual(expect.any(String));

    const refusals = await Promise.all([
      gql(api, {
        query: 'mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
        variables: { input: { questionId, body: 'Another answer after the lock.' } },
        as: member,
      }),
      gql(api, {
        query: 'mutation C($input: AddCommentInput!) { addComment(input: $input) { id } }',
        variables: { input: { questionId, body: 'A comment after the lock.' } },
        as: member,
      }),
      gql(api, {
        query: 'mutation C($input: AddCommentInput!) { addComment(input: $input) { id } }',
        variables: { input: { answerId, body: 'A comment after the lock.' } },
        as: moderator,
      }),
      gql(api, {
        query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
        variables: { input: { id: questionId, body: 'An edit after the lock.' } },
        as: author,
      }),
      gql(api, {
        query: 'mutation E($input: EditAnswerInput!) { editAnswer(input: $input) { id } }',
        variables: { input: { id: answerId, body: 'An edited answer after the lock.' } },
        as: member,
      }),
    ]);
    expect(refusals.map((response) => response.errors?.[0]?.extensions)).toEqual(
      refusals.map(() => expect.objectContaining({ code: 'CONFLICT', reason: 'QUESTION_LOCKED' })),
    );
    // Moderators may still correct a locked post.
    const staffEdit = await gql(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: { input: { id: questionId, body: 'A moderator removed personal data.' } },
      as: moderator,
    });
    expect(staffEdit.errors).toBeUndefined();

    expect(await act('unlockQuestion', { id: questionId }, moderator)).toBeUndefined();
    expect(await act('unlockQuestion', { id: questionId }, moderator)).toBe('NOT_LOCKED');
    await forum.newAnswer({ questionId, author: member });
    expect((await auditOf(questionId)).map((entry) => entry.action)).toEqual([
      'question.locked',
      'question.unlocked',
    ]);
  });

  it("puts a product's pinned questions first, most recently pinned first, across pages", async () => {
    const productId = await forum.newProduct();
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push(await forum.newQuestion({ productId }));
    // Newest activity first without pins.
    expect(await listed({ productId })).toEqual([...ids].reverse());
    expect(await act('pinQuestion', { id: ids[1] }, moderator)).toBeUndefined();
    expect(await act('pinQuestion', { id: ids[0] }, moderator)).toBeUndefined();
    expect(await act('pinQuestion', { id: ids[0] }, moderator)).toBe('ALREADY_PINNED');
    const expected = [ids[0], ids[1], ids[4], ids[3], ids[2]];
    expect(await listed({ productId })).toEqual(expected);

    // Page by page, the order is the same and nothing repeats or goes missing.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        questions: {
          totalCount: number;
          edges: Array<{ node: { id: string } }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await gqlData(api, {
        query: listView,
        variables: { filter: { productId }, first: 2, after },
      });
      expect(page.questions.totalCount).toBe(5);
      paged.push(...page.questions.edges.map((edge) => edge.node.id));
      after = page.questions.pageInfo.hasNextPage ? page.questions.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(expected);

    // Lists across products keep their order; the pin shows as a marker.
    const all = await gqlData<{
      questions: { edges: Array<{ node: { id: string; pinnedAt: string | null } }> };
    }>(api, { query: listView, variables: { first: 100 } });
    const pinnedIds = all.questions.edges
      .filter((edge) => edge.node.pinnedAt)
      .map((edge) => edge.node.id);
    expect(pinnedIds).toEqual(expect.arrayContaining([ids[0], ids[1]]));

    expect(await act('unpinQuestion', { id: ids[0] }, moderator)).toBeUndefined();
    expect(await act('unpinQuestion', { id: ids[0] }, moderator)).toBe('NOT_PINNED');
    expect(await listed({ productId })).toEqual([ids[1], ids[4], ids[3], ids[2], ids[0]]);
  });
});

function inputTypeOf(mutation: string): string {
  if (mutation === 'hidePost') return 'HidePostInput';
  if (mutation === 'unhidePost') return 'UnhidePostInput';
  return 'PostIdInput';
}
