import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
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
import { type QnaEvent, QnaEvents } from './qna-events.js';

describe('QnaEvents', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let productId: string;
  let asker: TestSession;
  let helper: TestSession;
  let expert: TestSession;
  let published: QnaEvent[];

  beforeAll(async () => {
    // About questions and answers, not about what reputation unlocks (the reputation tests are):
    // fresh test people may post and downvote freely here.
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    productId = await forum.newProduct({ slug: 'billing', name: 'Billing' });
    asker = await forum.newUser();
    helper = await forum.newUser();
    expert = await forum.newUser({ role: Role.Expert });
    api.app.get(QnaEvents).subscribe(
      async (manager, event) => {
        // Listeners run inside the write's transaction.
        const [{ inTransaction }] = await manager.query(
          'SELECT now() <> statement_timestamp() OR txid_current_if_assigned() IS NOT NULL AS "inTransaction"',
        );
        expect(inTransaction).toBe(true);
        published.push(event);
      },
      { phase: 'project', name: 'test.recorder' },
    );
  });

  beforeEach(() => {
    published = [];
  });

  afterAll(async () => {
    await api?.close();
  });

  const vote = 'mutation V($input: VoteInput!) { vote(input: $input) { score } }';

  it('publishes who did what to which post, in order', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    const first = await forum.newAnswer({ questionId, author: helper });
    const second = await forum.newAnswer({ questionId, author: expert });
    await forum.vote({ as: helper, target: 'ANSWER', id: second, direction: 'UP' });
    await forum.accept({ as: asker, answerId: first });
    await forum.accept({ as: expert, answerId: second });
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteAnswer(input: $input) }',
      variables: { input: { id: second } },
      as: expert,
    });

    expect(published).toEqual([
      { type: 'question.asked', questionId, authorId: asker.person.id, draftId: null },
      { type: 'answer.posted', answerId: first, questionId, authorId: helper.person.id },
      { type: 'answer.posted', answerId: second, questionId, authorId: expert.person.id },
      {
        type: 'vote.changed',
        target: 'answer',
        postId: second,
        questionId,
        productId,
        authorId: expert.person.id,
        voterId: helper.person.id,
        previous: 0,
        value: 1,
      },
      {
        type: 'answer.accepted',
        answerId: first,
        questionId,
        authorId: helper.person.id,
        actorId: asker.person.id,
        questionAuthorId: asker.person.id,
        productId,
      },
      {
        type: 'answer.unaccepted',
        answerId: first,
        questionId,
        authorId: helper.person.id,
        actorId: expert.person.id,
        questionAuthorId: asker.person.id,
      },
      {
        type: 'answer.accepted',
        answerId: second,
        questionId,
        authorId: expert.person.id,
        actorId: expert.person.id,
        questionAuthorId: asker.person.id,
        productId,
      },
      {
        type: 'answer.unaccepted',
        answerId: second,
        questionId,
        authorId: expert.person.id,
        actorId: expert.person.id,
        questionAuthorId: asker.person.id,
      },
      { type: 'answer.deleted', answerId: second, questionId, authorId: expert.person.id },
    ]);
  });

  it('publishes comments, staff verification and who closed a question as a duplicate of which', async () => {
    const original = await forum.newQuestion({ author: helper, productId });
    const questionId = await forum.newQuestion({ author: asker, productId });
    const answerId = await forum.newAnswer({ questionId, author: helper });
    published = [];
    const onQuestion = await forum.comment({ as: helper, questionId });
    const onAnswer = await forum.comment({ as: asker, answerId });
    await gqlData(api, {
      query: 'mutation D($input: DeleteCommentInput!) { deleteComment(input: $input) }',
      variables: { input: { id: onAnswer } },
      as: asker,
    });
    await forum.accept({ as: expert, answerId });
    await gqlData(api, {
      query: 'mutation C($input: CloseQuestionInput!) { closeQuestion(input: $input) { id } }',
      variables: { input: { id: questionId, reason: 'DUPLICATE', duplicateOfId: original } },
      as: expert,
    });

    expect(published).toEqual([
      {
        type: 'comment.posted',
        commentId: onQuestion,
        questionId,
        answerId: null,
        authorId: helper.person.id,
      },
      {
        type: 'comment.posted',
        commentId: onAnswer,
        questionId,
        answerId,
        authorId: asker.person.id,
      },
      {
        type: 'comment.deleted',
        commentId: onAnswer,
        questionId,
        answerId,
        authorId: asker.person.id,
      },
      {
        type: 'answer.accepted',
        answerId,
        questionId,
        authorId: helper.person.id,
        actorId: expert.person.id,
        questionAuthorId: asker.person.id,
        productId,
      },
      {
        type: 'answer.verified',
        answerId,
        questionId,
        authorId: helper.person.id,
        actorId: expert.person.id,
      },
      {
        type: 'question.closed',
        questionId,
        authorId: asker.person.id,
        actorId: expert.person.id,
        duplicateOfId: original,
      },
    ]);
  });

  it('publishes nothing for a refused write', async () => {
    const questionId = await forum.newQuestion({ author: asker, productId });
    published = [];
    const refused = await gql(api, {
      query: vote,
      variables: { input: { target: 'QUESTION', id: questionId, direction: 'UP' } },
      as: asker,
    });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('OWN_POST');
    expect(published).toEqual([]);
  });
});
