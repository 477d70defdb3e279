import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchClient } from '@forum/api/search';
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
import { Role } from '@forum/shared/domain';
import { CommunitySearchModule } from './community-search.module.js';
import { IndexMaintenance } from './index-maintenance.js';
import { type PostDocument, postsIndex } from './posts.index.js';
import { hitIds, indexConverged, runSearch } from './search.test-helpers.js';

describe('ideas in search', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let reports: string;
  let billing: string;
  let customer: TestSession;
  let manager: TestSession;
  const ids: Record<
    'question' | 'excel' | 'darkMode' | 'duplicate' | 'invoices' | 'reset',
    string
  > = { question: '', excel: '', darkMode: '', duplicate: '', invoices: '', reset: '' };

  const search = (text: string, variables: Record<string, unknown> = {}) =>
    runSearch(api, text, variables);

  const document = (id: string) =>
    api.app.get(SearchClient).index<PostDocument>(postsIndex.uid).getDocument(id);

  beforeAll(async () => {
    api = await createTestApp([CommunitySearchModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    reports = await forum.newProduct({ slug: 'reports', name: 'Reports' });
    billing = await forum.newProduct({ slug: 'billing', name: 'Billing' });
    customer = await forum.newUser();
    manager = await forum.newUser({ role: Role.ProductManager });
    const expert = await forum.newUser({ role: Role.Expert, staffTitle: 'Support Engineer' });

    ids.question = await forum.newQuestion({
      author: customer,
      title: 'How do I export a report to Excel?',
      body: 'I need the monthly report as a spreadsheet.',
      productId: reports,
      tags: ['export'],
    });
    await forum.accept({
      as: customer,
      answerId: await forum.newAnswer({
        questionId: ids.question,
        author: expert,
        body: 'Open the report and choose Download as XLSX.',
      }),
    });
    ids.reset = await forum.newQuestion({
      author: customer,
      title: 'Password reset link expired',
      body: 'The link in the e-mail no longer works.',
      productId: billing,
    });
    ids.excel = await forum.newIdea({
      author: customer,
      productId: reports,
      title: 'Export reports to Excel with formatting',
      description: 'Keep **colours** and number formats when a report goes to Excel.',
    });
    ids.darkMode = await forum.newIdea({
      author: customer,
      productId: reports,
      title: 'Dark mode for the dashboard',
      description: 'Easier on the eyes at night.',
    });
    ids.duplicate = await forum.newIdea({
      author: customer,
      productId: reports,
      title: 'Excel export should keep number formats',
      description: 'Numbers arrive as text in the spreadsheet.',
    });
    ids.invoices = await forum.newIdea({
      author: customer,
      productId: billing,
      title: 'Send invoices to a second e-mail address',
      description: 'Our accounting team wants a copy.',
    });
    await indexConverged(api);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('finds the solved question and the idea to vote for despite a typo', async () => {
    const result = await search('exprot to Excel');
    const found = hitIds(result);
    expect(found).toEqual(expect.arrayContaining([ids.question, ids.excel]));
    expect(found).not.toContain(ids.darkMode);
    const ideaHit = result.hits.find((hit) => hit.idea?.id === ids.excel)!;
    expect(ideaHit).toMatchObject({
      type: 'IDEA',
      question: null,
      idea: { title: 'Export reports to Excel with formatting', status: 'UNDER_REVIEW' },
    });
    expect(ideaHit.title.filter((segment) => segment.match).length).toBeGreaterThan(0);
    expect(result.hits.find((hit) => hit.question?.id === ids.question)!.type).toBe('QUESTION');
  });

  it('indexes the description as plain text', async () => {
    expect((await document(ids.excel)).body).toBe(
      'Keep colours and number formats when a report goes to Excel.',
    );
  });

  it('counts and filters by type, each facet ignoring its own filter', async () => {
    const all = await search('');
    expect(all.facets.types).toEqual([
      { value: 'idea', count: 4 },
      { value: 'question', count: 2 },
    ]);
    expect(all.facets.ideaStatuses).toEqual([{ value: 'under_review', count: 4 }]);
    expect(all.facets.states).toEqual([
      { value: 'open', count: 1 },
      { value: 'solved', count: 1 },
    ]);

    const onlyIdeas = await search('', { filter: { types: ['IDEA'] } });
    expect(new Set(hitIds(onlyIdeas))).toEqual(
      new Set([ids.excel, ids.darkMode, ids.duplicate, ids.invoices]),
    );
    expect(onlyIdeas.facets.types).toEqual(all.facets.types);
    expect(onlyIdeas.facets.states).toEqual([]);

    const onlyQuestions = await search('excel', { filter: { types: ['QUESTION'] } });
    expect(hitIds(onlyQuestions)).toEqual([ids.question]);
  });

  it('follows votes, status changes and merges', async () => {
    await forum.voteOnIdea({ as: customer, ideaId: ids.darkMode });
    await gqlData(api, {
      query: 'mutation S($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { id } }',
      variables: {
        input: { ideaId: ids.excel, status: 'PLANNED', message: 'Coming next quarter.' },
      },
      as: manager,
    });
    await gqlData(api, {
      query: 'mutation M($input: MergeIdeaInput!) { mergeIdea(input: $input) { id } }',
      variables: { input: { sourceId: ids.duplicate, targetId: ids.excel } },
      as: manager,
    });
    await indexConverged(api);

    expect((await document(ids.darkMode)).score).toBe(1);
    const top = await search('', { filter: { types: ['IDEA'] }, sort: 'TOP', first: 1 });
    expect(top.hits[0]!.idea).toMatchObject({ id: ids.darkMode, voteCount: 1 });

    const planned = await search('', { filter: { ideaStatuses: ['PLANNED'] } });
    expect(hitIds(planned)).toEqual([ids.excel]);
    expect(planned.facets.ideaStatuses).toEqual([
      { value: 'under_review', count: 2 },
      { value: 'planned', count: 1 },
    ]);
    // A question state and an idea status are alternatives of one filter.
    const solvedOrPlanned = await search('', {
      filter: { states: ['SOLVED'], ideaStatuses: ['PLANNED'] },
    });
    expect(new Set(hitIds(solvedOrPlanned))).toEqual(new Set([ids.question, ids.excel]));

    // The merged idea leaves the index; its target keeps answering.
    await expect(document(ids.duplicate)).rejects.toThrow();
    const numbers = hitIds(await search('number formats'));
    expect(numbers).toContain(ids.excel);
    expect(numbers).not.toContain(ids.duplicate);
  });

  it('suggests similar ideas from the index, those of the product first', async () => {
    const similar = async (title: string, productId?: string) => {
      const response = await gql<{ similarIdeas: Array<{ id: string; title: string }> }>(api, {
        query:
          'query S($title: String!, $productId: ID) { similarIdeas(title: $title, productId: $productId) { id title } }',
        variables: { title, productId },
      });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.similarIdeas.map((idea) => idea.id);
    };
    expect(await similar('Excell exprot')).toEqual([ids.excel]);
    expect(await similar('dark theme for the dashbord')).toEqual([ids.darkMode]);
    expect(await similar('ab')).toEqual([]);
    // Ideas merged away are never suggested.
    expect(await similar('Excel export should keep number formats')).not.toContain(ids.duplicate);

    const accounting = await forum.newIdea({
      author: customer,
      productId: billing,
      title: 'Export invoices to Excel for accounting',
      description: 'One spreadsheet per month.',
    });
    await indexConverged(api);
    expect((await similar('Excel export', billing))[0]).toBe(accounting);
    expect((await similar('Excel export', reports))[0]).toBe(ids.excel);
  });

  it('suggests the question for a title written as a whole sentence', async () => {
    const response = await gql<{ similarQuestions: Array<{ question: { id: string } }> }>(api, {
      query: 'query Q($title: String!) { similarQuestions(title: $title) { question { id } } }',
      variables: { title: 'My password reset link is already expired' },
    });
    expect(response.data!.similarQuestions.map((hit) => hit.question.id)).toEqual([ids.reset]);
  });

  it('checks and rebuilds ideas along with questions', async () => {
    const maintenance = api.app.get(IndexMaintenance);
    const search = api.app.get(SearchClient);
    const index = search.index<PostDocument>(postsIndex.uid);
    await search.waitForTask(await index.deleteDocuments([ids.darkMode]));
    await query(api, "UPDATE idea SET title = 'Dark mode for every page' WHERE id = $1", [
      ids.invoices,
    ]);
    const report = await maintenance.check();
    // Two questions and four ideas: the merged one is not visible.
    expect(report.checked).toBe(6);
    expect(report.missing).toEqual([{ type: 'idea', id: ids.darkMode }]);
    expect(report.stale).toEqual([{ type: 'idea', id: ids.invoices }]);
    expect(report.extra).toEqual([]);

    const rebuilt = await maintenance.rebuild();
    expect(rebuilt.documents).toBe(6);
    const after = await maintenance.check();
    expect(after.missing.length + after.stale.length + after.extra.length).toBe(0);
    expect((await document(ids.invoices)).title).toBe('Dark mode for every page');
  });
});
