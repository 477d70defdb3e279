import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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

const accept = `mutation C($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id state } }`;
const acceptanceQuery = `query Q($id: ID!) { question(id: $id) {
  state acceptedAnswerId acceptedBy { id }
  acceptance { answerId kind at by { id displayName } } } }`;

interface AcceptanceData {
  question: {
    state: string;
    acceptedAnswerId: string | null;
    acceptedBy: { id: string } | null;
    acceptance: { answerId: string; kind: string; at: string; by: { id: string } | null } | null;
  };
}

/** One forum per `selfVerify` setting, with an asker, a member and an expert. */
async function forumWith(selfVerify: 'label' | 'forbid') {
  const api = await createTestApp([QnaModule], {
    ...withoutReputationLimits,
    SUPPORT_SELF_VERIFY: selfVerify,
  });
  const forum = createForumTestContext(api);
  const [asker, member, expert] = await Promise.all([
    forum.newUser(),
    forum.newUser(),
    forum.newUser({ role: Role.Expert, staffTitle: 'Support Engineer' }),
  ]);
  return { api, forum, asker, member, expert };
}

async function acceptanceOf(api: TestApp, questionId: string, as?: TestSession) {
  return (
    await gqlData<AcceptanceData>(api, {
      query: acceptanceQuery,
      variables: { id: questionId },
      ...(as ? { as } : {}),
    })
  ).question;
}

describe('verified means someone else checked: selfVerify = label (the default)', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let asker: TestSession;
  let member: TestSession;
  let expert: TestSession;

  beforeAll(async () => {
    ({ api, forum, asker, member, expert } = await forumWith('label'));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('accepts an expert marking their own answer, shown as AUTHOR_STAFF, never verified', async () => {
    const questionId = await forum.newQuestion({ author: asker });
    const answerId = await forum.newAnswer({ questionId, author: expert });
    const accepted = await gql(api, {
      query: accept,
      variables: { input: { answerId } },
      as: expert,
    });
    expect(accepted.errors).toBeUndefined();

    const seen = await acceptanceOf(api, questionId);
    expect(seen).toMatchObject({
      state: 'SOLVED',
      acceptedAnswerId: answerId,
      acceptedBy: { id: expert.person.id },
      acceptance: { answerId, kind: 'AUTHOR_STAFF', by: { id: expert.person.id } },
    });
  });

  it("tells the asker's acceptance and staff verification of someone else's answer apart", async () => {
    const questionId = await forum.newQuestion({ author: asker });
    const byMember = await forum.newAnswer({ questionId, author: member });
    await forum.accept({ as: asker, answerId: byMember });
    expect((await acceptanceOf(api, questionId, member)).acceptance).toMatchObject({
      answerId: byMember,
      kind: 'ASKER',
      by: { id: asker.person.id },
    });

    await gqlData(api, {
      query: 'mutation U($input: UnacceptAnswerInput!) { unacceptAnswer(input: $input) { id } }',
      variables: { input: { questionId } },
      as: asker,
    });
    expect((await acceptanceOf(api, questionId)).acceptance).toBeNull();

    await forum.accept({ as: expert, answerId: byMember });
    expect((await acceptanceOf(api, questionId)).acceptance).toMatchObject({
      kind: 'STAFF_VERIFIED',
      by: { id: expert.person.id },
    });
  });

  it('counts staff accepting their own answer to their own question as the asker', async () => {
    const questionId = await forum.newQuestion({ author: expert });
    const answerId = await forum.newAnswer({ questionId, author: expert });
    await forum.accept({ as: expert, answerId });
    expect((await acceptanceOf(api, questionId)).acceptance?.kind).toBe('ASKER');
  });
});

describe('verified means someone else checked: selfVerify = forbid', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let asker: TestSession;
  let member: TestSession;
  let expert: TestSession;

  beforeAll(async () => {
    ({ api, forum, asker, member, expert } = await forumWith('forbid'));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses an expert marking their own answer, and changes nothing', async () => {
    const questionId = await forum.newQuestion({ author: asker });
    const own = await forum.newAnswer({ questionId, author: expert });
    const refused = await gql(api, {
      query: accept,
      variables: { input: { answerId: own } },
      as: expert,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SELF_VERIFY_FORBIDDEN',
    });
    expect(await acceptanceOf(api, questionId)).toMatchObject({
      state: 'ANSWERED',
      acceptedAnswerId: null,
      acceptedBy: null,
      acceptance: null,
    });

    // An accepted answer stays as it was when the expert tries to swap in their own.
    const byMember = await forum.newAnswer({ questionId, author: member });
    await forum.accept({ as: asker, answerId: byMember });
    const swap = await gql(api, {
      query: accept,
      variables: { input: { answerId: own } },
      as: expert,
    });
    expect(swap.errors?.[0]?.extensions?.['reason']).toBe('SELF_VERIFY_FORBIDDEN');
    expect((await acceptanceOf(api, questionId)).acceptance).toMatchObject({
      answerId: byMember,
      kind: 'ASKER',
    });
  });

  it('still lets staff verify answers of others, and the asker accept a staff answer', async () => {
    const questionId = await forum.newQuestion({ author: asker });
    const byMember = await forum.newAnswer({ questionId, author: member });
    await forum.accept({ as: expert, answerId: byMember });
    expect((await acceptanceOf(api, questionId)).acceptance?.kind).toBe('STAFF_VERIFIED');

    const own = await forum.newAnswer({ questionId, author: expert });
    await forum.accept({ as: asker, answerId: own });
    expect((await acceptanceOf(api, questionId)).acceptance).toMatchObject({
      answerId: own,
      kind: 'ASKER',
    });
  });
});
