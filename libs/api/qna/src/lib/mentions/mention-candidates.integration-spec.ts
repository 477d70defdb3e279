import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
import { randomBytes } from 'node:crypto';
import { QnaModule } from '../qna.module.js';

const candidatesQuery = `query M($prefix: String!, $questionId: ID) {
  mentionCandidates(prefix: $prefix, questionId: $questionId) { id displayName }
}`;

describe('people offered for an @mention', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let writer: TestSession;
  // A word no other test's people carry, so results are this file's people only.
  const word = `Zq${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    writer = await forum.newUser();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const candidates = (prefix: string, as?: TestSession, questionId?: string) =>
    gql<{ mentionCandidates: Array<{ id: string; displayName: string }> }>(api, {
      query: candidatesQuery,
      variables: { prefix, questionId },
      as,
    });
  const names = async (prefix: string, questionId?: string) => {
    const result = await candidates(prefix, writer, questionId);
    expect(result.errors).toBeUndefined();
    return result.data?.mentionCandidates.map((user) => user.displayName);
  };
  const person = async (displayName: string, reputation = 0) => {
    const session = await forum.newUser({ displayName });
    await query(api, 'UPDATE user_account SET reputation = $2 WHERE id = $1', [
      session.person.id,
      reputation,
    ]);
    return session;
  };

  it('finds names by the start of any word, ignoring case and accents, by reputation', async () => {
    await person(`Anna ${word}`, 5);
    await person(`Jörg ${word}-Äbel`, 50);
    await person(`Ännchen ${word}`, 20);
    await person(`Hanna ${word}`, 100);

    expect(await names(`${word} `.trim().toLowerCase())).toEqual([
      `Hanna ${word}`,
      `Jörg ${word}-Äbel`,
      `Ännchen ${word}`,
      `Anna ${word}`,
    ]);
    // "an" starts "Anna" and (without its accent) "Ännchen", but is inside "Hanna".
    const an = await names('an');
    expect(an).toEqual(expect.arrayContaining([`Anna ${word}`, `Ännchen ${word}`]));
    expect(an).not.toContain(`Hanna ${word}`);
    expect(await names('abel')).toContain(`Jörg ${word}-Äbel`);
    expect(await names(`JÖRG ${word}`)).toEqual([`Jörg ${word}-Äbel`]);
    // LIKE patterns are letters to look for.
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });

  it('puts the participants of the question first, and never offers suspended or deleted people', async () => {
    const prefix = `${word}x`;
    const asker = await person(`Asker ${prefix}`, 1);
    const answerer = await person(`Answerer ${prefix}`, 2);
    const commenter = await person(`Commenter ${prefix}`, 3);
    await person(`Famous ${prefix}`, 1000);
    const suspended = await person(`Suspended ${prefix}`, 2000);
    const deleted = await person(`Deleted ${prefix}`, 3000);
    await query(
      api,
      "UPDATE user_account SET suspended_until = now() + interval '1 day' WHERE id = $1",
      [suspended.person.id],
    );
    await query(api, 'UPDATE user_account SET deleted_at = now() WHERE id = $1', [
      deleted.person.id,
    ]);
    const questionId = await forum.newQuestion({ author: asker });
    const answerId = await forum.newAnswer({ questionId, author: answerer });
    await forum.comment({ as: commenter, answerId });

    expect(await names(prefix)).toEqual([
      `Famous ${prefix}`,
      `Commenter ${prefix}`,
      `Answerer ${prefix}`,
      `Asker ${prefix}`,
    ]);
    expect(await names(prefix, questionId)).toEqual([
      `Commenter ${prefix}`,
      `Answerer ${prefix}`,
      `Asker ${prefix}`,
      `Famous ${prefix}`,
    ]);
  });

  it('tells nothing about a hidden question: its participants get no place ahead', async () => {
    const prefix = `${word}z`;
    const asker = await person(`Asker ${prefix}`, 1);
    await person(`Known ${prefix}`, 10);
    const moderator = await forum.newUser({ role: Role.Moderator });
    const questionId = await forum.newQuestion({ author: asker });
    await gqlData(api, {
      query: 'mutation H($input: HidePostInput!) { hidePost(input: $input) { id } }',
      variables: { input: { target: 'QUESTION', id: questionId, note: 'Spam' } },
      as: moderator,
    });

    expect(await names(prefix, questionId)).toEqual([`Known ${prefix}`, `Asker ${prefix}`]);
    const asAsker = await candidates(prefix, asker, questionId);
    expect(asAsker.data?.mentionCandidates.map((user) => user.displayName)).toEqual([
      `Asker ${prefix}`,
      `Known ${prefix}`,
    ]);
  });

  it('offers at most 8 people', async () => {
    const prefix = `${word}y`;
    for (let i = 0; i < 10; i++) await person(`${prefix} ${i}`);
    expect(await names(prefix)).toHaveLength(8);
  });

  it('is for signed-in people, and refuses bad input with typed errors', async () => {
    const anonymous = await candidates('an');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const prefix of ['', '   ', 'x'.repeat(41)]) {
      const refused = await candidates(prefix, writer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const badQuestion = await candidates('an', writer, 'not-an-id');
    expect(badQuestion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
