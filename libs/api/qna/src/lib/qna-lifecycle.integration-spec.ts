import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
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
import type { DataSource, Logger } from 'typeorm';
import { QnaModule } from './qna.module.js';

describe('editing, deleting, closing, comments, confirmations and views', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let productId: string;
  let asker: TestSession;
  let expert: TestSession;
  let moderator: TestSession;

  beforeAll(async () => {
    // About questions and answers, not about what reputation unlocks (the reputation tests are):
    // fresh test people may post and downvote freely here.
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    productId = await forum.newProduct({ slug: 'reports', name: 'Reports' });
    asker = await forum.newUser();
    expert = await forum.newUser({ role: Role.Expert });
    moderator = await forum.newUser({ role: Role.Moderator });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The questions here are all about exports; the facet test below counts on the tag. */
  const ask = (tags = ['export']) =>
    forum.newQuestion({
      author: asker,
      productId,
      title: 'How do I export a report to Excel?',
      body: 'I need XLSX for accounting.',
      tags,
    });

  it('keeps every edit as a revision; authors edit their own, experts any, others none', async () => {
    const id = await ask(['export', 'excel']);
    const edit =
      'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { title body tags } }';
    const edited = await gql(api, {
      query: edit,
      variables: { input: { id, title: 'How do I export a report as XLSX?', tags: ['xlsx'] } },
      as: asker,
    });
    expect(edited.data).toEqual({
      editQuestion: {
        title: 'How do I export a report as XLSX?',
        body: 'I need XLSX for accounting.',
        tags: ['xlsx'],
      },
    });
    await gql(api, {
      query: edit,
      variables: { input: { id, body: 'I need XLSX for our accountants.' } },
      as: expert,
    });
    const stranger = await gql(api, {
      query: edit,
      variables: { input: { id, body: 'vandalised' } },
      as: await forum.newUser(),
    });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INSUFFICIENT_REPUTATION',
      needed: 1000,
    });

    const history = await gql<{ revisions: Array<Record<string, unknown>> }>(api, {
      query: `{ revisions(questionId: "${id}") { previousTitle previousBody previousTags editor { id } } }`,
    });
    expect(history.data?.revisions).toEqual([
      {
        previousTitle: 'How do I export a report as XLSX?',
        previousBody: 'I need XLSX for accounting.',
        previousTags: ['xlsx'],
        editor: { id: expert.person.id },
      },
      {
        previousTitle: 'How do I export a report to Excel?',
        previousBody: 'I need XLSX for accounting.',
        previousTags: ['excel', 'export'],
        editor: { id: asker.person.id },
      },
    ]);
  });

  it('soft-deletes and restores; deleting the accepted answer withdraws the acceptance', async () => {
    const id = await ask();
    const first = await forum.newAnswer({ questionId: id, author: expert });
    await forum.newAnswer({ questionId: id, author: await forum.newUser() });
    await forum.accept({ as: asker, answerId: first });
    await gql(api, {
      query: 'mutation D($input: PostIdInput!) { deleteAnswer(input: $input) }',
      variables: { input: { id: first } },
      as: moderator,
    });
    const [afterDelete] = await query<{
      state: string;
      answer_count: number;
      accepted_answer_id: string | null;
    }>(api, 'SELECT state, answer_count, accepted_answer_id FROM question WHERE id = $1', [id]);
    expect(afterDelete).toEqual({ state: 'answered', answer_count: 1, accepted_answer_id: null });

    const byStranger = await gql(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id } },
      as: await forum.newUser(),
    });
    expect(byStranger.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_ALLOWED_TO_DELETE' });
    await gql(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id } },
      as: asker,
    });
    const visible = (session?: TestSession) =>
      gql<{ question: { isDeleted: boolean } | null }>(api, {
        query: `{ question(id: "${id}") { isDeleted } }`,
        as: session,
      });
    expect((await visible()).data?.question).toBeNull();
    expect((await visible(moderator)).data?.question).toEqual({ isDeleted: true });
    await gql(api, {
      query: 'mutation R($input: PostIdInput!) { restoreQuestion(input: $input) { id } }',
      variables: { input: { id } },
      as: moderator,
    });
    expect((await visible()).data?.question).toEqual({ isDeleted: false });
  });

  it('closes as a duplicate that the original lists, and reopens', async () => {
    const original = await ask();
    const copy = await ask();
    const close =
      'mutation C($input: CloseQuestionInput!) { closeQuestion(input: $input) { state closeReason duplicateOf { id } } }';
    const noOriginal = await gql(api, {
      query: close,
      variables: { input: { id: copy, reason: 'DUPLICATE' } },
      as: expert,
    });
    expect(noOriginal.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_DUPLICATE' });
    const closed = await gql(api, {
      query: close,
      variables: { input: { id: copy, reason: 'DUPLICATE', duplicateOfId: original } },
      as: expert,
    });
    expect(closed.data).toEqual({
      closeQuestion: { state: 'CLOSED', closeReason: 'DUPLICATE', duplicateOf: { id: original } },
    });
    const listed = await gql<{ question: { duplicates: Array<{ id: string }> } }>(api, {
      query: `{ question(id: "${original}") { duplicates { id } } }`,
    });
    expect(listed.data?.question.duplicates).toEqual([{ id: copy }]);
    const answerOnClosed = await gql(api, {
      query: 'mutation P($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      variables: { input: { questionId: copy, body: 'An answer that comes too late.' } },
      as: expert,
    });
    expect(answerOnClosed.errors?.[0]?.extensions).toMatchObject({ reason: 'QUESTION_CLOSED' });
    const reopened = await gql(api, {
      query:
        'mutation R($input: PostIdInput!) { reopenQuestion(input: $input) { state closeReason } }',
      variables: { input: { id: copy } },
      as: moderator,
    });
    expect(reopened.data).toEqual({ reopenQuestion: { state: 'OPEN', closeReason: null } });
  });

  it('counts "worked for me too" per person and per organisation', async () => {
    const id = await ask();
    const answerId = await forum.newAnswer({ questionId: id, author: expert });
    const acme = await forum.newOrganisation({ plan: 'enterprise' });
    const other = await forum.newOrganisation({ plan: 'free' });
    const people = await Promise.all([
      forum.newPerson({ organisationId: acme }),
      forum.newPerson({ organisationId: acme }),
      forum.newPerson({ organisationId: other }),
      forum.newPerson(),
    ]);
    const confirm = 'mutation C($input: ConfirmAnswerInput!) { confirmAnswer(input: $input) }';
    for (const person of people) {
      const session = await forum.sessionOf(person);
      await gql(api, { query: confirm, variables: { input: { answerId } }, as: session });
      await gql(api, { query: confirm, variables: { input: { answerId } }, as: session });
    }
    const own = await gql(api, { query: confirm, variables: { input: { answerId } }, as: expert });
    expect(own.errors?.[0]?.extensions).toMatchObject({ reason: 'OWN_POST' });
    const page = await gql<{ question: { answers: Array<{ confirmations: unknown }> } }>(api, {
      query: `{ question(id: "${id}") { answers { confirmations { people organisations } } } }`,
    });
    expect(page.data?.question.answers[0]?.confirmations).toEqual({ people: 4, organisations: 2 });
    expect(
      (
        await query<{ confirmation_count: number }>(
          api,
          'SELECT confirmation_count FROM answer WHERE id = $1',
          [answerId],
        )
      )[0]?.confirmation_count,
    ).toBe(4);
  });

  it('counts a visitor once per day', async () => {
    const id = await ask();
    const view = (headers: Record<string, string>, session?: TestSession) =>
      gql<{ recordQuestionView: boolean }>(api, {
        query: 'mutation V($input: RecordQuestionViewInput!) { recordQuestionView(input: $input) }',
        variables: { input: { questionId: id } },
        headers,
        as: session,
      });
    expect((await view({ 'user-agent': 'Browser A' })).data?.recordQuestionView).toBe(true);
    expect((await view({ 'user-agent': 'Browser A' })).data?.recordQuestionView).toBe(false);
    expect((await view({ 'user-agent': 'Browser B' })).data?.recordQuestionView).toBe(true);
    await view({}, expert);
    await view({}, expert);
    expect(
      (
        await query<{ view_count: number }>(api, 'SELECT view_count FROM question WHERE id = $1', [
          id,
        ])
      )[0]?.view_count,
    ).toBe(3);
  });

  it('takes comments on questions and answers, shown on the question page', async () => {
    const id = await ask();
    const answerId = await forum.newAnswer({ questionId: id, author: expert });
    const add =
      'mutation C($input: AddCommentInput!) { addComment(input: $input) { body author { id } } }';
    await gql(api, {
      query: add,
      variables: { input: { questionId: id, body: 'Which version are you on?' } },
      as: expert,
    });
    await gql(api, {
      query: add,
      variables: { input: { answerId, body: 'Thanks, that worked: https://example.com/help' } },
      as: asker,
    });
    const both = await gql(api, {
      query: add,
      variables: { input: { questionId: id, answerId, body: 'Ambiguous' } },
      as: asker,
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_COMMENT' });
    const page = await gql<{
      question: {
        comments: Array<{ body: string }>;
        answers: Array<{ comments: Array<{ body: string }> }>;
      };
    }>(api, {
      query: `{ question(id: "${id}") { comments { body } answers { comments { body } } } }`,
    });
    expect(page.data?.question.comments).toEqual([{ body: 'Which version are you on?' }]);
    expect(page.data?.question.answers[0]?.comments).toEqual([
      { body: 'Thanks, that worked: https://example.com/help' },
    ]);
  });

  it('loads a question page with its answers, comments and authors in a fixed number of SQL statements', async () => {
    const pageQuery = (id: string) => `{ question(id: "${id}") {
      title author { displayName staffTitle } product { name } acceptedBy { id } comments { body author { displayName } }
      answers { body score author { displayName isStaff } comments { body author { displayName } } confirmations { people organisations } } } }`;
    const statementsFor = async (answers: number): Promise<number> => {
      const id = await ask();
      for (let i = 0; i < answers; i++) {
        const author = await forum.sessionOf(await forum.newPerson());
        const answerId = await forum.newAnswer({
          questionId: id,
          author,
          body: `Answer number ${i} with enough text to count.`,
        });
        await forum.comment({ as: asker, answerId, body: `Comment ${i}` });
      }
      const dataSource = api.app.get<DataSource>(getDataSourceToken());
      const logger = dataSource.logger;
      let statements = 0;
      (dataSource as { logger: Logger }).logger = {
        ...logger,
        logQuery: () => void statements++,
      } as Logger;
      try {
        const response = await gql<{ question: { answers: unknown[] } }>(api, {
          query: pageQuery(id),
        });
        expect(response.data?.question.answers).toHaveLength(answers);
      } finally {
        (dataSource as { logger: Logger }).logger = logger;
      }
      return statements;
    };
    const few = await statementsFor(3);
    const many = await statementsFor(50);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(10);
  });

  it('counts questions per state, product and tag for the filters', async () => {
    const facets = await gql<{
      questionFacets: {
        states: Array<{ value: string; count: number }>;
        tags: Array<{ value: string }>;
      };
    }>(api, {
      query: `{ questionFacets(filter: { productId: "${productId}" }) { states { value count } products { value count } tags { value count } } }`,
    });
    const [{ n }] = (await query<{ n: number }>(
      api,
      "SELECT count(*)::int AS n FROM question WHERE product_id = $1 AND deleted_at IS NULL AND state = 'open'",
      [productId],
    )) as [{ n: number }];
    expect(facets.data?.questionFacets.states.find((s) => s.value === 'open')?.count).toBe(n);
    expect(facets.data?.questionFacets.tags.map((t) => t.value)).toContain('export');
  });

  it('lets admins manage product areas and moderators rename and merge tags', async () => {
    const admin = await forum.newUser({ role: Role.Admin });
    const created = await gql<{ createProduct: { id: string } }>(api, {
      query:
        'mutation C($input: CreateProductInput!) { createProduct(input: $input) { id slug name } }',
      variables: { input: { slug: 'mobile-app', name: 'Mobile app' } },
      as: admin,
    });
    const duplicate = await gql(api, {
      query: 'mutation C($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      variables: { input: { slug: 'mobile-app', name: 'Again' } },
      as: admin,
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PRODUCT_SLUG_TAKEN',
    });
    const renamed = await gql(api, {
      query:
        'mutation U($input: UpdateProductInput!) { updateProduct(input: $input) { name description } }',
      variables: {
        input: {
          id: created.data!.createProduct.id,
          name: 'Mobile apps',
          description: 'iOS and Android.',
        },
      },
      as: admin,
    });
    expect(renamed.data).toEqual({
      updateProduct: { name: 'Mobile apps', description: 'iOS and Android.' },
    });

    const a = await ask(['xls', 'spreadsheet']);
    const b = await ask(['excel', 'spreadsheet']);
    const merged = await gql(api, {
      query: 'mutation M($input: MergeTagsInput!) { mergeTags(input: $input) }',
      variables: { input: { from: 'xls', into: 'excel' } },
      as: moderator,
    });
    expect(merged.data).toEqual({ mergeTags: 'excel' });
    const tagsOf = async (id: string) =>
      (
        await gql<{ question: { tags: string[] } }>(api, {
          query: `{ question(id: "${id}") { tags } }`,
        })
      ).data?.question.tags;
    expect(await tagsOf(a)).toEqual(['excel', 'spreadsheet']);
    expect(await tagsOf(b)).toEqual(['excel', 'spreadsheet']);
    await gql(api, {
      query: 'mutation R($input: RenameTagInput!) { renameTag(input: $input) }',
      variables: { input: { slug: 'spreadsheet', newName: 'Spreadsheets' } },
      as: moderator,
    });
    expect(await tagsOf(a)).toEqual(['excel', 'spreadsheets']);
  });

  it('keeps the tally behind list totals equal to a count of the visible questions', async () => {
    // Everything the tests above did (asking, answering, accepting, closing, deleting,
    // restoring) went through the trigger; the tally must agree with the rows.
    const differences = await query(
      api,
      `SELECT coalesce(t.product_id, c.product_id) AS product_id, coalesce(t.state, c.state) AS state
         FROM question_tally t
         FULL JOIN (SELECT product_id, state, count(*)::int AS questions FROM question
                     WHERE deleted_at IS NULL GROUP BY 1, 2) c
           ON c.product_id = t.product_id AND c.state = t.state
        WHERE coalesce(t.questions, 0) <> coalesce(c.questions, 0)`,
    );
    expect(differences).toEqual([]);
    const listed = await gql<{ questions: { totalCount: number } }>(api, {
      query: 'query Q($filter: QuestionFilter) { questions(filter: $filter) { totalCount } }',
      variables: { filter: { productId, states: ['OPEN', 'CLOSED'] } },
    });
    const [{ count }] = await query<{ count: number }>(
      api,
      "SELECT count(*)::int AS count FROM question WHERE deleted_at IS NULL AND product_id = $1 AND state IN ('open', 'closed')",
      [productId],
    );
    expect(count).toBeGreaterThan(0);
    expect(listed.data!.questions.totalCount).toBe(count);
  });
});
