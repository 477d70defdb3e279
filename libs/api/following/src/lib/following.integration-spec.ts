import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
  withoutWriteLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { FollowService, maxFollowsPerPerson } from './follow.service.js';
import { FollowingModule } from './following.module.js';

const followMutation = `mutation F($input: FollowInput!) { follow(input: $input) { targetType targetId following followerCount } }`;
const unfollowMutation = `mutation U($input: FollowInput!) { unfollow(input: $input) { targetType targetId following followerCount } }`;
const myFollowsQuery = `query M($first: Int, $after: String, $targetType: FollowTargetType) {
  myFollows(first: $first, after: $after, targetType: $targetType) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { targetType targetId title path followedAt } }
  } }`;
const settingsMutation = `mutation S($input: UpdateFollowSettingsInput!) { updateFollowSettings(input: $input) { followOnAsk followOnAnswer followOnComment followOnIdeaVote } }`;

type TargetType = 'QUESTION' | 'IDEA' | 'TAG' | 'PRODUCT';

interface FollowStateData {
  targetType: TargetType;
  targetId: string;
  following: boolean;
  followerCount: number;
}

interface MyFollowsData {
  myFollows: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { targetType: TargetType; targetId: string; title: string; path: string };
    }>;
  };
}

describe('following', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let db: DataSource;
  let moderator: TestSession;
  let productManager: TestSession;

  beforeAll(async () => {
    api = await createTestApp([FollowingModule], {
      ...withoutWriteLimits,
      ...withoutReputationLimits,
    });
    forum = createForumTestContext(api);
    db = api.app.get<DataSource>(getDataSourceToken());
    moderator = await forum.newUser({ role: Role.Moderator });
    productManager = await forum.newUser({ role: Role.ProductManager });
  });

  afterAll(async () => {
    await api?.close();
  });

  const follow = (as: TestSession, targetType: TargetType, targetId: string) =>
    gql<{ follow: FollowStateData }>(api, {
      query: followMutation,
      variables: { input: { targetType, targetId } },
      as,
    });

  const unfollow = (as: TestSession, targetType: TargetType, targetId: string) =>
    gqlData<{ unfollow: FollowStateData }>(api, {
      query: unfollowMutation,
      variables: { input: { targetType, targetId } },
      as,
    });

  const followRows = async (userId: string, targetId?: string): Promise<number> => {
    const [row] = await db.query(
      'SELECT count(*)::int AS n FROM follow WHERE user_id = $1 AND ($2::uuid IS NULL OR target_id = $2::uuid)',
      [userId, targetId ?? null],
    );
    return row.n;
  };

  const setSettings = (as: TestSession, input: Record<string, boolean>) =>
    gqlData(api, { query: settingsMutation, variables: { input }, as });

  /** A question asked by someone who does not follow it, so counts start at zero. */
  async function quietQuestion(tags?: string[]): Promise<string> {
    const asker = await forum.newUser();
    await setSettings(asker, { followOnAsk: false });
    return forum.newQuestion({ author: asker, tags });
  }

  it('follows and unfollows a question, idempotently, with counts and viewerFollows', async () => {
    const questionId = await quietQuestion();
    const anna = await forum.newUser();
    const ben = await forum.newUser();

    const first = await follow(anna, 'QUESTION', questionId);
    expect(first.errors).toBeUndefined();
    expect(first.data?.follow).toEqual({
      targetType: 'QUESTION',
      targetId: questionId,
      following: true,
      followerCount: 1,
    });
    const again = await follow(anna, 'QUESTION', questionId);
    expect(again.data?.follow).toMatchObject({ following: true, followerCount: 1 });
    expect(await followRows(anna.person.id, questionId)).toBe(1);
    await follow(ben, 'QUESTION', questionId);

    const seen = await gqlData<{ question: { viewerFollows: boolean; followerCount: number } }>(
      api,
      {
        query: 'query Q($id: ID!) { question(id: $id) { viewerFollows followerCount } }',
        variables: { id: questionId },
        as: anna,
      },
    );
    expect(seen.question).toEqual({ viewerFollows: true, followerCount: 2 });
    const anonymous = await gqlData<{
      question: { viewerFollows: boolean; followerCount: number };
    }>(api, {
      query: 'query Q($id: ID!) { question(id: $id) { viewerFollows followerCount } }',
      variables: { id: questionId },
    });
    expect(anonymous.question).toEqual({ viewerFollows: false, followerCount: 2 });

    expect((await unfollow(anna, 'QUESTION', questionId)).unfollow).toEqual({
      targetType: 'QUESTION',
      targetId: questionId,
      following: false,
      followerCount: 1,
    });
    expect((await unfollow(anna, 'QUESTION', questionId)).unfollow).toMatchObject({
      following: false,
      followerCount: 1,
    });
    expect(await followRows(anna.person.id, questionId)).toBe(0);
  });

  it('follows tags, products and ideas and shows them on their types', async () => {
    const questionId = await quietQuestion(['follow-tag-one']);
    expect(questionId).toBeDefined();
    const productId = await forum.newProduct({ name: 'Billing follows' });
    const ideaId = await forum.newIdea();
    const person = await forum.newUser();

    const tag = await gqlData<{ tag: { id: string; slug: string } | null }>(api, {
      query: 'query T($slug: String!) { tag(slug: $slug) { id slug } }',
      variables: { slug: 'follow-tag-one' },
    });
    const tagId = tag.tag!.id;
    for (const [type, id] of [
      ['TAG', tagId],
      ['PRODUCT', productId],
      ['IDEA', ideaId],
    ] as const) {
      const response = await follow(person, type, id);
      expect(response.errors).toBeUndefined();
      expect(response.data?.follow.following).toBe(true);
    }

    const fields = await gqlData<{
      tag: { viewerFollows: boolean; followerCount: number };
      idea: { viewerFollows: boolean; followerCount: number };
      products: Array<{ id: string; viewerFollows: boolean; followerCount: number }>;
    }>(api, {
      query: `query F($slug: String!, $idea: ID!) {
        tag(slug: $slug) { viewerFollows followerCount }
        idea(id: $idea) { viewerFollows followerCount }
        products { id viewerFollows followerCount } }`,
      variables: { slug: 'follow-tag-one', idea: ideaId },
      as: person,
    });
    expect(fields.tag).toEqual({ viewerFollows: true, followerCount: 1 });
    // The proposer follows their own idea too.
    expect(fields.idea).toEqual({ viewerFollows: true, followerCount: 2 });
    expect(fields.products.find((product) => product.id === productId)).toEqual({
      id: productId,
      viewerFollows: true,
      followerCount: 1,
    });

    const list = await gqlData<MyFollowsData>(api, {
      query: myFollowsQuery,
      variables: { first: 10 },
      as: person,
    });
    expect(list.myFollows.totalCount).toBe(3);
    expect(list.myFollows.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          targetType: 'TAG',
          title: 'follow-tag-one',
          path: '/questions?tag=follow-tag-one',
        }),
        expect.objectContaining({
          targetType: 'PRODUCT',
          title: 'Billing follows',
          path: expect.stringMatching(/^\/questions\?product=/),
        }),
        expect.objectContaining({ targetType: 'IDEA', path: `/ideas/${ideaId}` }),
      ]),
    );
  });

  it('refuses to follow what the viewer may not see, and writes no row', async () => {
    const person = await forum.newUser();
    const hidden = await quietQuestion();
    await gqlData(api, {
      query: 'mutation H($input: HidePostInput!) { hidePost(input: $input) { __typename } }',
      variables: { input: { id: hidden, target: 'QUESTION', note: 'Spam.' } },
      as: moderator,
    });
    const deleted = await quietQuestion();
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id: deleted } },
      as: moderator,
    });
    const duplicate = await forum.newIdea();
    const kept = await forum.newIdea();
    await gqlData(api, {
      query: 'mutation M($input: MergeIdeaInput!) { mergeIdea(input: $input) { __typename } }',
      variables: { input: { sourceId: duplicate, targetId: kept } },
      as: productManager,
    });

    for (const [type, id] of [
      ['QUESTION', hidden],
      ['QUESTION', deleted],
      ['IDEA', duplicate],
      ['QUESTION', randomUUID()],
      ['IDEA', randomUUID()],
      ['TAG', randomUUID()],
      ['PRODUCT', randomUUID()],
    ] as const) {
      const response = await follow(person, type, id);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'FOLLOW_TARGET_NOT_FOUND',
      });
    }
    expect(await followRows(person.person.id)).toBe(0);

    const invalid = await follow(person, 'QUESTION', 'not-an-id');
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('keeps concurrent follows at the limit: exactly the limit is reached', async () => {
    const person = await forum.newUser();
    await db.query(
      `INSERT INTO follow (user_id, target_type, target_id)
       SELECT $1, 'question', gen_random_uuid() FROM generate_series(1, $2)`,
      [person.person.id, maxFollowsPerPerson - 1],
    );
    const products = await Promise.all(
      Array.from({ length: 20 }, (_, index) => forum.newProduct({ name: `Limit ${index}` })),
    );
    const responses = await Promise.all(products.map((id) => follow(person, 'PRODUCT', id)));
    const succeeded = responses.filter((response) => response.errors === undefined);
    const refused = responses.filter(
      (response) => response.errors?.[0]?.extensions?.['reason'] === 'FOLLOW_LIMIT_REACHED',
    );
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(19);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await followRows(person.person.id)).toBe(maxFollowsPerPerson);

    // Following what one already follows is not refused at the limit.
    const followed = succeeded[0]!.data!.follow.targetId;
    expect((await follow(person, 'PRODUCT', followed)).errors).toBeUndefined();
  });

  describe('auto-follow', () => {
    it('follows what one asks, answers, comments on, proposes and votes for', async () => {
      const asker = await forum.newUser();
      const answerer = await forum.newUser();
      const commenter = await forum.newUser();
      const voter = await forum.newUser();
      const questionId = await forum.newQuestion({ author: asker });
      await forum.newAnswer({ questionId, author: answerer });
      await forum.comment({ as: commenter, questionId });
      const ideaId = await forum.newIdea({ author: asker });
      await forum.voteOnIdea({ as: voter, ideaId });

      expect(await followRows(asker.person.id, questionId)).toBe(1);
      expect(await followRows(answerer.person.id, questionId)).toBe(1);
      expect(await followRows(commenter.person.id, questionId)).toBe(1);
      expect(await followRows(asker.person.id, ideaId)).toBe(1);
      expect(await followRows(voter.person.id, ideaId)).toBe(1);
    });

    it('follows nothing for the switches that are off', async () => {
      const asker = await forum.newUser();
      const answerer = await forum.newUser();
      const commenter = await forum.newUser();
      const voter = await forum.newUser();
      const settings = await gqlData<{ updateFollowSettings: Record<string, boolean> }>(api, {
        query: settingsMutation,
        variables: { input: { followOnAsk: false } },
        as: asker,
      });
      expect(settings.updateFollowSettings).toEqual({
        followOnAsk: false,
        followOnAnswer: true,
        followOnComment: true,
        followOnIdeaVote: true,
      });
      await setSettings(answerer, { followOnAnswer: false });
      await setSettings(commenter, { followOnComment: false });
      await setSettings(voter, { followOnIdeaVote: false });

      const questionId = await forum.newQuestion({ author: asker });
      await forum.newAnswer({ questionId, author: answerer });
      const answerId = await forum.newAnswer({ questionId });
      await forum.comment({ as: commenter, answerId });
      const ideaId = await forum.newIdea({ author: asker });
      await forum.voteOnIdea({ as: voter, ideaId });

      expect(await followRows(asker.person.id)).toBe(0);
      expect(await followRows(answerer.person.id)).toBe(0);
      expect(await followRows(commenter.person.id)).toBe(0);
      expect(await followRows(voter.person.id)).toBe(0);

      // A switch that stays on still follows: the answerer comments.
      await forum.comment({ as: answerer, questionId });
      expect(await followRows(answerer.person.id, questionId)).toBe(1);

      const read = await gqlData<{ followSettings: Record<string, boolean> }>(api, {
        query: '{ followSettings { followOnAsk followOnAnswer followOnComment followOnIdeaVote } }',
        as: voter,
      });
      expect(read.followSettings).toEqual({
        followOnAsk: true,
        followOnAnswer: true,
        followOnComment: true,
        followOnIdeaVote: false,
      });
    });
  });

  it('pages followers by id and leaves out suspended and deleted people', async () => {
    const tag = `followers-${randomUUID().slice(0, 8)}`;
    await quietQuestion([tag]);
    const { tag: found } = await gqlData<{ tag: { id: string } }>(api, {
      query: 'query T($slug: String!) { tag(slug: $slug) { id } }',
      variables: { slug: tag },
    });
    const people = await Promise.all(Array.from({ length: 6 }, () => forum.newUser()));
    for (const person of people) await follow(person, 'TAG', found.id);
    const ids = people.map((person) => person.person.id).sort();
    const [suspended, deleted] = [ids[1]!, ids[4]!];
    await db.query(
      `UPDATE user_account SET suspended_until = now() + interval '1 day' WHERE id = $1`,
      [suspended],
    );
    await db.query('UPDATE user_account SET deleted_at = now() WHERE id = $1', [deleted]);

    const follows = api.app.get(FollowService);
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const page = await follows.followersOf(db.manager, 'tag', [found.id], after, 2);
      if (page.length === 0) break;
      pages.push(page);
      after = page.at(-1)!;
    }
    const reachable = ids.filter((id) => id !== suspended && id !== deleted);
    expect(pages).toEqual([reachable.slice(0, 2), reachable.slice(2, 4)]);

    // Someone who follows a tag and a question is a follower of the question once; the
    // person picked is one the paging above kept (people are in random id order).
    const other = await quietQuestion();
    const kept = people.find((person) => person.person.id === reachable[0])!;
    await follow(kept, 'QUESTION', other);
    const both = await follows.followersOf(db.manager, 'question', [other], null, 10);
    expect(both).toEqual([kept.person.id]);
  });

  it('pages the Following list and leaves out what became hidden', async () => {
    const person = await forum.newUser();
    const questions: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const id = await quietQuestion();
      questions.push(id);
      await follow(person, 'QUESTION', id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 5; round += 1) {
      const page: MyFollowsData = await gqlData<MyFollowsData>(api, {
        query: myFollowsQuery,
        variables: { first: 2, after, targetType: 'QUESTION' },
        as: person,
      });
      expect(page.myFollows.totalCount).toBe(5);
      seen.push(...page.myFollows.edges.map((edge) => edge.node.targetId));
      if (!page.myFollows.pageInfo.hasNextPage) break;
      after = page.myFollows.pageInfo.endCursor;
    }
    expect(seen).toEqual([...questions].reverse());

    await gqlData(api, {
      query: 'mutation H($input: HidePostInput!) { hidePost(input: $input) { __typename } }',
      variables: { input: { id: questions[0], target: 'QUESTION', note: 'Spam.' } },
      as: moderator,
    });
    const afterHiding = await gqlData<MyFollowsData>(api, {
      query: myFollowsQuery,
      variables: { first: 10 },
      as: person,
    });
    expect(afterHiding.myFollows.edges.map((edge) => edge.node.targetId)).toEqual(
      [...questions].slice(1).reverse(),
    );
    expect(afterHiding.myFollows.edges[0]!.node).toMatchObject({
      targetType: 'QUESTION',
      path: `/questions/${questions[4]}`,
    });
  });

  it('asks to sign in for following and the Following list', async () => {
    const response = await gql(api, {
      query: followMutation,
      variables: { input: { targetType: 'QUESTION', targetId: randomUUID() } },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const list = await gql(api, { query: myFollowsQuery });
    expect(list.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
