import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  query,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@forum/shared/domain';
import type { DataSource, Logger } from 'typeorm';
import { IdeasModule } from '../ideas.module.js';

const link = `mutation L($input: LinkQuestionInput!) { linkQuestionToIdea(input: $input) { id } }`;
const unlink = `mutation U($input: LinkQuestionInput!) { unlinkQuestionFromIdea(input: $input) { id } }`;
const merge = `mutation M($input: MergeIdeaInput!) { mergeIdea(input: $input) { id } }`;

describe('the ideas a question asks for', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let productId: string;
  let pm: TestSession;

  beforeAll(async () => {
    api = await createTestApp([IdeasModule]);
    forum = createForumTestContext(api);
    productId = await forum.newProduct({ slug: 'exports' });
    pm = await forum.newUser({ role: Role.ProductManager });
  });

  afterAll(async () => {
    await api?.close();
  });

  const idea = (title: string) => forum.newIdea({ productId, title });
  const question = () => forum.newQuestion({ productId, title: 'Can invoices be exported?' });
  const send = (mutation: string, ideaId: string, questionId: string) =>
    gql(api, { query: mutation, variables: { input: { ideaId, questionId } }, as: pm });

  const linkedIdeas = async (questionIds: string[], as?: TestSession) => {
    const fields = questionIds
      .map((id, i) => `q${i}: question(id: "${id}") { linkedIdeas { id title status } }`)
      .join(' ');
    const response = await gql<Record<string, { linkedIdeas: Array<{ id: string }> }>>(api, {
      query: `{ ${fields} }`,
      as,
    });
    expect(response.errors).toBeUndefined();
    return questionIds.map((_, i) => response.data![`q${i}`]!.linkedIdeas.map((each) => each.id));
  };

  it('lists linked ideas for every reader, oldest link first, and forgets unlinked ones', async () => {
    const [first, second] = [await idea('Invoice export as CSV'), await idea('Invoice API')];
    const [asked, other] = [await question(), await question()];
    await send(link, second, asked);
    await send(link, first, asked);
    await send(link, first, other);
    const member = await forum.newUser();
    expect(await linkedIdeas([asked, other], member)).toEqual([[second, first], [first]]);
    expect(await linkedIdeas([asked])).toEqual([[second, first]]);

    await send(unlink, second, asked);
    expect(await linkedIdeas([asked, other])).toEqual([[first], [first]]);
  });

  it('never lists an idea merged away; its links move to the idea that remains', async () => {
    const [duplicate, target] = [await idea('Export invoices'), await idea('Invoice exports')];
    const asked = await question();
    await send(link, duplicate, asked);
    expect(await linkedIdeas([asked])).toEqual([[duplicate]]);
    const merged = await gql(api, {
      query: merge,
      variables: { input: { sourceId: duplicate, targetId: target } },
      as: pm,
    });
    expect(merged.errors).toBeUndefined();
    expect(await linkedIdeas([asked])).toEqual([[target]]);

    // A link left pointing at a merged idea (written before links moved) stays hidden.
    await query(
      api,
      'INSERT INTO idea_question (idea_id, question_id, linked_by_id) VALUES ($1, $2, $3)',
      [duplicate, asked, pm.person.id],
    );
    expect(await linkedIdeas([asked])).toEqual([[target]]);
  });

  it('reads the links of a whole question list in one batch', async () => {
    const listed = await forum.newProduct({ slug: 'numbering' });
    const shared = await forum.newIdea({ productId: listed, title: 'Invoice numbering' });
    const questions: string[] = [];
    for (let i = 0; i < 3; i++) {
      questions.push(
        await forum.newQuestion({ productId: listed, title: `Numbering, case ${i}?` }),
      );
      await send(link, shared, questions[i]!);
    }
    const list = () =>
      gql<{ questions: { edges: Array<{ node: { linkedIdeas: Array<{ id: string }> } }> } }>(api, {
        query: `{ questions(first: 10, filter: { productId: "${listed}" }) { edges { node { linkedIdeas { id } } } } }`,
      });
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const logger = dataSource.logger;
    const statements: string[] = [];
    (dataSource as { logger: Logger }).logger = {
      ...logger,
      logQuery: (sql: string) => void statements.push(sql),
    } as Logger;
    try {
      const response = await list();
      expect(response.data?.questions.edges.map(({ node }) => node.linkedIdeas)).toEqual([
        [{ id: shared }],
        [{ id: shared }],
        [{ id: shared }],
      ]);
    } finally {
      (dataSource as { logger: Logger }).logger = logger;
    }
    expect(statements.filter((sql) => sql.includes('"idea_question"'))).toHaveLength(1);
  });
});
