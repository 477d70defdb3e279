import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
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
import { type QnaEvent, QnaEvents } from './qna-events.js';

describe('QnaEvents', () => {
  let api: TestApp;
  let productId: string;
  let asker: TestSession;
  let helper: TestSession;
  let expert: TestSession;
  let published: QnaEvent[];

  beforeAll(async () => {
    // About questions and answers, not about what reputation unlocks (the reputation tests are):
    // fresh test people may post and downvote freely here.
    api = await createTestApp([QnaModule], withoutReputationLimits);
    productId = (
      await query<{ id: string }>(
        api,
        "INSERT INTO product (slug, name) VALUES ('billing', 'Billing') RETURNING id",
      )
    )[0]!.id;
    asker = await signedIn(api);
    helper = await signedIn(api);
    expert = await signedIn(api, { role: Role.Expert });
    api.app.get(QnaEvents).subscribe(async (manager, event) => {
      // Listeners run inside the write's transaction.
      const [{ inTransaction }] = await manager.query(
        'SELECT now() <> statement_timestamp() OR txid_current_if_assigned() IS NOT NULL AS "inTransaction"',
      );
      expect(inTransaction).toBe(true);
      published.push(event);
    });
  });

  beforeEach(() => {
    published = [];
  });

  afterAll(async () => {
    await api?.close();
  });

  const vote = 'mutation V($input: VoteInput!) { vote(input: $input) { score } }';
  const accept = 'mutation C($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }';

  const mutate = <T>(session: TestSession, document: string, variables: Record<string, unknown>) =>
    gqlData<T>(api, { query: document, variables, as: session });

  it('publishes who did what to which post, in order', async () => {
    const { askQuestion } = await mutate<{ askQuestion: { id: string } }>(
      asker,
      'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { title: 'Why was my invoice charged twice?', body: 'Two charges.', productId } },
    );
    const questionId = askQuestion.id;
    const post = (session: TestSession) =>
      mutate<{ postAnswer: { id: string } }>(
        session,
        'mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
        { input: { questionId, body: 'The first charge is a pre-authorisation.' } },
      ).then((data) => data.postAnswer.id);
    const first = await post(helper);
    const second = await post(expert);
    await mutate(helper, vote, { input: { target: 'ANSWER', id: second, direction: 'UP' } });
    await mutate(asker, accept, { input: { answerId: first } });
    await mutate(expert, accept, { input: { answerId: second } });
    await mutate(expert, 'mutation D($input: PostIdInput!) { deleteAnswer(input: $input) }', {
      input: { id: second },
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

  it('publishes nothing for a refused write', async () => {
    const { askQuestion } = await mutate<{ askQuestion: { id: string } }>(
      asker,
      'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { title: 'Can I pay by bank transfer?', body: 'No card here.', productId } },
    );
    published = [];
    const refused = await gql(api, {
      query: vote,
      variables: { input: { target: 'QUESTION', id: askQuestion.id, direction: 'UP' } },
      as: asker,
    });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('OWN_POST');
    expect(published).toEqual([]);
  });
});
