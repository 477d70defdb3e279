import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { QnaModule } from '../qna.module.js';

const tagsQuery =
  'query T($search: String, $first: Int!) { tags(search: $search, first: $first) { slug questionCount } }';

describe('the tag list moderators curate', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let asker: TestSession;
  let moderator: TestSession;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    asker = await forum.newUser();
    moderator = await forum.newUser({ role: Role.Moderator });
  });

  afterAll(async () => {
    await api?.close();
  });

  const ask = (tags: string[]) =>
    forum.newQuestion({ author: asker, title: 'How do I export a report to Excel?', tags });

  const tags = (as: TestSession | undefined, search?: string, first = 100) =>
    gql<{ tags: Array<{ slug: string; questionCount: number }> }>(api, {
      query: tagsQuery,
      variables: { search, first },
      as,
    });

  it('lists tags most used first, counts no deleted question, and finds them by part of the slug', async () => {
    await ask(['ledger-export', 'ledger-csv']);
    await ask(['ledger-export']);
    const deleted = await ask(['ledger-export', 'ledger-pdf']);
    await gql(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id: deleted } },
      as: asker,
    });

    const found = await tags(moderator, 'ledger');
    expect(found.data?.tags).toEqual([
      { slug: 'ledger-export', questionCount: 2 },
      { slug: 'ledger-csv', questionCount: 1 },
      { slug: 'ledger-pdf', questionCount: 0 },
    ]);
    expect((await tags(moderator, 'ledger', 1)).data?.tags).toEqual([
      { slug: 'ledger-export', questionCount: 2 },
    ]);
    // `%` and `_` are letters to look for, not patterns.
    expect((await tags(moderator, 'ledger_')).data?.tags).toEqual([]);
  });

  it('is for moderators and admins only, and refuses unbounded input with a typed error', async () => {
    expect((await tags(undefined)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of [Role.Member, Role.Expert, Role.ProductManager]) {
      const refused = await tags(await forum.newUser({ role }));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await forum.newUser({ role: Role.Admin });
    expect((await tags(admin)).errors).toBeUndefined();
    const tooMany = await tags(moderator, undefined, 501);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await tags(moderator, 'x'.repeat(41));
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
