import { randomUUID } from 'node:crypto';
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
import { postsIndex } from './posts.index.js';
import { hitIds, indexConverged, runSearch, searchDocument } from './search.test-helpers.js';

describe('search', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let accounts: string;
  let billing: string;
  let asker: TestSession;
  let helper: TestSession;
  let expert: TestSession;
  const q: Record<'reset' | 'invoice' | 'rechnung' | 'sso' | 'policy', string> = {
    reset: '',
    invoice: '',
    rechnung: '',
    sso: '',
    policy: '',
  };

  const search = (text: string, variables: Record<string, unknown> = {}) =>
    runSearch(api, text, variables);

  const ids = hitIds;
  const matched = (segments: Array<{ text: string; match: boolean }>) =>
    segments.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase());

  beforeAll(async () => {
    api = await createTestApp([CommunitySearchModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    accounts = await forum.newProduct({ slug: 'accounts', name: 'Accounts' });
    billing = await forum.newProduct({ slug: 'billing', name: 'Billing' });
    asker = await forum.newUser();
    helper = await forum.newUser();
    expert = await forum.newUser({ role: Role.Expert, staffTitle: 'Support Engineer' });

    q.reset = await forum.newQuestion({
      author: asker,
      title: 'How do I reset my password?',
      body: 'I forgot my **password** and cannot sign in any more.',
      productId: accounts,
      tags: ['password', 'login'],
    });
    await forum.accept({
      as: asker,
      answerId: await forum.newAnswer({
        questionId: q.reset,
        author: expert,
        body: 'Open Settings, choose Security and click the reset link we e-mail you.',
      }),
    });
    q.invoice = await forum.newQuestion({
      author: asker,
      title: "Where can I download last month's invoice?",
      body: 'The billing page only shows the current month.',
      productId: billing,
      tags: ['invoice'],
    });
    await forum.newAnswer({
      questionId: q.invoice,
      author: helper,
      body: 'Use the archive tab on the billing page to find it.',
    });
    q.rechnung = await forum.newQuestion({
      author: asker,
      title: 'Wie kann ich meine Rechnung als PDF herunterladen?',
      body: 'Ich finde den Download der Rechnung im Kundenkonto nicht.',
      productId: billing,
      tags: ['rechnung'],
      language: 'DE',
    });
    q.sso = await forum.newQuestion({
      author: asker,
      title: 'Single sign-on with Azure fails with error AADSTS50011',
      body: 'The reply URL does not match.',
      productId: accounts,
      tags: ['sso'],
    });
    q.policy = await forum.newQuestion({
      author: helper,
      title: 'Password policy requirements for new accounts',
      body: 'Which characters are required in a new password?',
      productId: accounts,
      tags: ['password'],
    });
    await indexConverged(api);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('finds the solved question despite a typo, with the matched words marked', async () => {
    const result = await search('pasword reset');
    expect(ids(result)[0]).toBe(q.reset);
    expect(result.hits[0]!.question!.state).toBe('SOLVED');
    expect(matched(result.hits[0]!.title)).toEqual(['reset', 'password']);
    expect(result.processingTimeMs).toBeGreaterThanOrEqual(0);
  });

  it('finds German content for a German query', async () => {
    const result = await search('Rechnung herunterladen');
    expect(ids(result)[0]).toBe(q.rechnung);
  });

  it('finds posts through their English/German synonyms', async () => {
    expect(ids(await search('Passwort'))).toEqual(expect.arrayContaining([q.reset, q.policy]));
    expect(ids(await search('Rechnung'))).toEqual(expect.arrayContaining([q.invoice, q.rechnung]));
  });

  it('shows the passage of the accepted answer that matched', async () => {
    const result = await search('security');
    expect(ids(result)).toEqual([q.reset]);
    expect(matched(result.hits[0]!.snippet)).toEqual(['security']);
    expect(result.hits[0]!.snippet.map((segment) => segment.text).join('')).toContain(
      'choose Security and click',
    );
  });

  it('filters by product, tag, state and staff answers', async () => {
    expect(new Set(ids(await search('', { filter: { products: [accounts] } })))).toEqual(
      new Set([q.reset, q.sso, q.policy]),
    );
    expect(new Set(ids(await search('', { filter: { tags: ['password'] } })))).toEqual(
      new Set([q.reset, q.policy]),
    );
    expect(ids(await search('', { filter: { states: ['SOLVED'] } }))).toEqual([q.reset]);
    expect(ids(await search('', { filter: { answeredByStaff: true } }))).toEqual([q.reset]);
    expect(
      new Set(
        ids(await search('', { filter: { states: ['OPEN', 'ANSWERED'], products: [billing] } })),
      ),
    ).toEqual(new Set([q.invoice, q.rechnung]));
  });

  it('counts facets, each ignoring its own filter', async () => {
    const result = await search('', { filter: { products: [accounts] } });
    expect(result.total).toBe(3);
    expect(result.facets.products).toEqual([
      { value: accounts, count: 3 },
      { value: billing, count: 2 },
    ]);
    expect(result.facets.states).toEqual([
      { value: 'open', count: 2 },
      { value: 'solved', count: 1 },
    ]);
    expect(result.facets.tags).toEqual([
      { value: 'password', count: 2 },
      { value: 'login', count: 1 },
      { value: 'sso', count: 1 },
    ]);
  });

  it('sorts and pages through the hits', async () => {
    const first = await search('', { sort: 'NEWEST', first: 2 });
    expect(ids(first)).toEqual([q.policy, q.sso]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('', { sort: 'NEWEST', first: 2, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual([q.rechnung, q.invoice]);
    const last = await search('', { sort: 'NEWEST', first: 2, after: second.pageInfo.endCursor });
    expect(ids(last)).toEqual([q.reset]);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses bad input with a typed error', async () => {
    const response = await gql(api, {
      query: searchDocument,
      variables: { query: 'x', filter: { tags: ['Not A Tag!'] } },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggests up to five similar questions, solved ones first', async () => {
    const response = await gql<{
      similarQuestions: Array<{ question: { id: string }; title: Array<{ match: boolean }> }>;
    }>(api, {
      query:
        'query Q($title: String!) { similarQuestions(title: $title) { question { id } title { text match } } }',
      variables: { title: 'password requirements reset' },
    });
    const similar = response.data!.similarQuestions.map((hit) => hit.question.id);
    expect(similar[0]).toBe(q.reset);
    expect(similar).toContain(q.policy);
    expect(similar.length).toBeLessThanOrEqual(5);
  });

  it('follows edits and removes deleted questions from the index', async () => {
    await gqlData(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: {
        input: { id: q.sso, title: 'Single sign-on with Okta fails with error AADSTS50011' },
      },
      as: asker,
    });
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: {
        input: { id: q.policy },
      },
      as: helper,
    });
    await indexConverged(api);
    expect(ids(await search('okta'))).toEqual([q.sso]);
    const index = api.app.get(SearchClient).index(postsIndex.uid);
    await expect(index.getDocument(q.policy)).rejects.toThrow();
    expect(ids(await search('policy requirements'))).not.toContain(q.policy);
  });

  it('records suggestions opened from the ask form and which drafts were posted anyway', async () => {
    const deflected = randomUUID();
    const posted = randomUUID();
    const visit = (draftId: string) =>
      gqlData(api, {
        query:
          'mutation V($input: RecordSuggestionVisitInput!) { recordSuggestionVisit(input: $input) }',
        variables: { input: { draftId, questionId: q.reset } },
        as: helper,
      });
    await visit(deflected);
    await visit(posted);
    const asked = await forum.newQuestion({
      author: helper,
      title: 'Reset link in the password e-mail has expired',
      body: 'The link says it expired.',
      productId: accounts,
      draftId: posted,
    });
    const rows = await query<{ draft_id: string; asked_question_id: string | null }>(
      api,
      'SELECT draft_id, asked_question_id FROM suggestion_visit WHERE user_id = $1 ORDER BY opened_at',
      [helper.person.id],
    );
    expect(rows).toEqual([
      { draft_id: deflected, asked_question_id: null },
      { draft_id: posted, asked_question_id: asked },
    ]);
    const visitor = await gql(api, {
      query:
        'mutation V($input: RecordSuggestionVisitInput!) { recordSuggestionVisit(input: $input) }',
      variables: { input: { draftId: deflected, questionId: q.reset } },
    });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
