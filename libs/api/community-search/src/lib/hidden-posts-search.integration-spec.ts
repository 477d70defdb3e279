import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchClient } from '@forum/api/search';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gqlData,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { CommunitySearchModule } from './community-search.module.js';
import { type PostDocument, postsIndex } from './posts.index.js';
import { hitIds, indexConverged, runSearch } from './search.test-helpers.js';

describe('search and hidden posts', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let moderator: TestSession;

  beforeAll(async () => {
    api = await createTestApp([CommunitySearchModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    moderator = await forum.newUser({ role: Role.Moderator });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const moderate = (mutation: 'hidePost' | 'unhidePost', target: string, id: string) =>
    gqlData(api, {
      query: `mutation M($input: ${mutation === 'hidePost' ? 'HidePostInput' : 'UnhidePostInput'}!) { ${mutation}(input: $input) { id } }`,
      variables: { input: { target, id } },
      as: moderator,
    });

  const similar = async (title: string) =>
    (
      await gqlData<{ similarQuestions: Array<{ question: { id: string } }> }>(api, {
        query: 'query S($title: String!) { similarQuestions(title: $title) { question { id } } }',
        variables: { title },
      })
    ).similarQuestions.map((hit) => hit.question.id);

  async function document(id: string): Promise<PostDocument | null> {
    const index = api.app.get(SearchClient).index<PostDocument>(postsIndex.uid);
    return index.getDocument(id).catch(() => null);
  }

  it('drops a hidden question from search and similar questions, and brings it back when shown', async () => {
    const questionId = await forum.newQuestion({
      title: 'Quarterly zephyrine reconciliation fails at month end',
    });
    await indexConverged(api);
    expect(hitIds(await runSearch(api, 'zephyrine'))).toEqual([questionId]);

    await moderate('hidePost', 'QUESTION', questionId);
    await indexConverged(api);
    expect(hitIds(await runSearch(api, 'zephyrine'))).toEqual([]);
    expect(await similar('zephyrine reconciliation')).not.toContain(questionId);
    expect(await document(questionId)).toBeNull();

    await moderate('unhidePost', 'QUESTION', questionId);
    await indexConverged(api);
    expect(hitIds(await runSearch(api, 'zephyrine'))).toEqual([questionId]);
  });

  it('leaves a hidden answer out of its question’s document', async () => {
    const questionId = await forum.newQuestion({
      title: 'How do I rotate the archive signing certificate?',
    });
    const answerId = await forum.newAnswer({
      questionId,
      body: 'Download the quillometric rotation tool from this unofficial mirror.',
    });
    await indexConverged(api);
    expect(hitIds(await runSearch(api, 'quillometric'))).toEqual([questionId]);

    await moderate('hidePost', 'ANSWER', answerId);
    await indexConverged(api);
    expect(hitIds(await runSearch(api, 'quillometric'))).toEqual([]);
    expect(JSON.stringify(await document(questionId))).not.toContain('quillometric');
    expect(hitIds(await runSearch(api, 'archive signing certificate'))).toContain(questionId);

    await moderate('unhidePost', 'ANSWER', answerId);
    await indexConverged(api);
    expect(hitIds(await runSearch(api, 'quillometric'))).toEqual([questionId]);
  });
});
