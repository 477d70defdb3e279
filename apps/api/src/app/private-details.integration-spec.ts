import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  type MailCatcher,
  query,
  startTestMailbox,
  type TestApp,
  type TestSession,
  withoutReputationLimits,
} from '@forum/api/testing';
import { privateDetailsLimits, Role } from '@forum/shared/domain';
import { featureModules } from '@forum/api/composition';

const setMutation = `mutation S($input: SetQuestionPrivateDetailsInput!) {
  setQuestionPrivateDetails(input: $input) { id privateDetails { body updatedAt } } }`;
const questionQuery = `query Q($id: ID!) { question(id: $id) {
  id title body privateDetails { body updatedAt } } }`;

interface QuestionData {
  question: { id: string; privateDetails: { body: string; updatedAt: string } | null } | null;
}

/**
 * Private details of a question reach the asker and the staff who answer customers, and nobody
 * and nothing else: not other people through GraphQL, not search, not e-mail, not notifications.
 */
describe('private details of a question', () => {
  let api: TestApp;
  let mailbox: MailCatcher;
  let forum: ForumTestContext;
  let asker: TestSession;
  let member: TestSession;
  let productManager: TestSession;
  let expert: TestSession;
  let moderator: TestSession;
  let admin: TestSession;
  let sequence = 0;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await createTestApp(featureModules, {
      ...withoutReputationLimits,
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: 'https://forum.example',
    });
    forum = createForumTestContext(api);
    [asker, member, productManager, expert, moderator, admin] = await Promise.all([
      forum.newUser(),
      forum.newUser(),
      forum.newUser({ role: Role.ProductManager }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser({ role: Role.Admin }),
    ]);
    // A trusted asker: the spam rules would hold a new account's quick questions for review.
    await gqlData(api, {
      query: 'mutation T($input: AccountTrustInput!) { trustAccount(input: $input) { trusted } }',
      variables: { input: { userId: asker.person.id } },
      as: admin,
    });
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  /** A word no other text in the test run contains. */
  const uniqueToken = () => `ordnr${Date.now().toString(36)}x${++sequence}`;

  function setDetails(as: TestSession, questionId: string, body: string) {
    return gql<{
      setQuestionPrivateDetails: { id: string; privateDetails: { body: string } | null };
    }>(api, { query: setMutation, variables: { input: { questionId, body } }, as });
  }

  async function seenBy(as: TestSession | undefined, questionId: string) {
    const data = await gqlData<QuestionData>(api, {
      query: questionQuery,
      variables: { id: questionId },
      ...(as ? { as } : {}),
    });
    return data.question?.privateDetails ?? null;
  }

  async function auditViews(questionId: string) {
    return query<{ actor_id: string; target_type: string }>(
      api,
      `SELECT actor_id, target_type FROM audit_entry
        WHERE action = 'question.private_details_viewed' AND target_id = $1 ORDER BY id`,
      [questionId],
    );
  }

  async function searchHits(text: string): Promise<string[]> {
    const data = await gqlData<{
      search: { hits: Array<{ question: { id: string } | null }> };
    }>(api, {
      query: 'query S($q: String!) { search(query: $q) { hits { question { id } } } }',
      variables: { q: text },
    });
    return data.search.hits.flatMap((hit) => (hit.question ? [hit.question.id] : []));
  }

  /** Every document of every index of this test run that contains `text`. */
  async function indexHits(text: string): Promise<unknown[]> {
    const { url, apiKey, indexPrefix } = api.config.search;
    const headers = {
      'content-type': 'application/json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    };
    const listed = (await (await fetch(`${url}/indexes?limit=1000`, { headers })).json()) as {
      results: Array<{ uid: string }>;
    };
    const hits: unknown[] = [];
    for (const { uid } of listed.results.filter((index) => index.uid.startsWith(indexPrefix))) {
      const found = (await (
        await fetch(`${url}/indexes/${uid}/search`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ q: text, limit: 20 }),
        })
      ).json()) as { hits: unknown[] };
      hits.push(...found.hits);
      const documents = (await (
        await fetch(`${url}/indexes/${uid}/documents?limit=1000`, { headers })
      ).json()) as { results: unknown[] };
      hits.push(...documents.results.filter((doc) => JSON.stringify(doc).includes(text)));
    }
    return hits;
  }

  async function eventuallySearchable(text: string, id: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (!(await searchHits(text)).includes(id)) {
      if (Date.now() > deadline) throw new Error(`${id} never became searchable`);
      await sleep(100);
    }
  }

  it('shows them to the asker, experts, moderators and admins only, and audits staff views', async () => {
    const token = uniqueToken();
    const questionId = await forum.newQuestion({ author: asker });
    const set = await setDetails(asker, questionId, `Order ${token}\r\nAccount 4711\n\n`);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setQuestionPrivateDetails.privateDetails?.body).toBe(
      `Order ${token}\nAccount 4711`,
    );

    expect(await seenBy(undefined, questionId)).toBeNull();
    expect(await seenBy(member, questionId)).toBeNull();
    expect(await seenBy(productManager, questionId)).toBeNull();
    expect(await auditViews(questionId)).toEqual([]);

    expect((await seenBy(asker, questionId))?.body).toContain(token);
    expect(await auditViews(questionId)).toEqual([]);

    for (const staff of [expert, moderator, admin]) {
      expect((await seenBy(staff, questionId))?.body).toContain(token);
    }
    expect(await auditViews(questionId)).toEqual([
      { actor_id: expert.person.id, target_type: 'question' },
      { actor_id: moderator.person.id, target_type: 'question' },
      { actor_id: admin.person.id, target_type: 'question' },
    ]);

    // The JSON of the question as others get it carries none of it, in any field.
    for (const other of [undefined, member, productManager]) {
      const raw = await gql(api, {
        query: questionQuery,
        variables: { id: questionId },
        ...(other ? { as: other } : {}),
      });
      expect(JSON.stringify(raw)).not.toContain(token);
    }
  });

  it('records one audit entry per question when staff list many at once', async () => {
    const ids = await Promise.all([
      forum.newQuestion({ author: asker }),
      forum.newQuestion({ author: asker }),
    ]);
    for (const id of ids) await setDetails(asker, id, `Licence ${uniqueToken()}`);
    const data = await gqlData<Record<string, { privateDetails: { body: string } | null }>>(api, {
      query: `query Two($a: ID!, $b: ID!) {
        a: question(id: $a) { privateDetails { body } }
        b: question(id: $b) { privateDetails { body } } }`,
      variables: { a: ids[0], b: ids[1] },
      as: expert,
    });
    expect(data['a']?.privateDetails?.body).toMatch(/^Licence /);
    expect(data['b']?.privateDetails?.body).toMatch(/^Licence /);
    for (const id of ids) expect(await auditViews(id)).toHaveLength(1);
  });

  it('lets only the asker write them, within the limit; empty removes them', async () => {
    const questionId = await forum.newQuestion({ author: asker });
    for (const other of [member, expert, moderator, admin]) {
      const refused = await setDetails(other, questionId, 'Not mine to write');
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_QUESTION_AUTHOR',
      });
    }
    const visitor = await gql(api, {
      query: setMutation,
      variables: { input: { questionId, body: 'x' } },
    });
    expect(visitor.errors?.[0]?.extensions?.['reason']).toBe('NOT_SIGNED_IN');

    const tooLong = await setDetails(
      asker,
      questionId,
      'x'.repeat(privateDetailsLimits.bodyMax + 1),
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PRIVATE_DETAILS_TOO_LONG',
      limit: privateDetailsLimits.bodyMax,
    });
    // Characters, not UTF-16 units: 4000 emoji fit.
    const emoji = await setDetails(asker, questionId, '🔑'.repeat(privateDetailsLimits.bodyMax));
    expect(emoji.errors).toBeUndefined();

    const unknown = await setDetails(asker, '00000000-0000-4000-8000-000000000000', 'x');
    expect(unknown.errors?.[0]?.extensions?.['reason']).toBe('QUESTION_NOT_FOUND');

    const cleared = await setDetails(asker, questionId, '  \n ');
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.setQuestionPrivateDetails.privateDetails).toBeNull();
    const [row] = await query<{ n: number }>(
      api,
      'SELECT count(*)::int AS n FROM question_private_details WHERE question_id = $1',
      [questionId],
    );
    expect(row?.n).toBe(0);
  });

  it('treats a deleted question as not found, keeping its details for a restore', async () => {
    const questionId = await forum.newQuestion({ author: asker });
    await setDetails(asker, questionId, 'Serial 123');
    await gqlData(api, {
      query: 'mutation D($input: PostIdInput!) { deleteQuestion(input: $input) }',
      variables: { input: { id: questionId } },
      as: asker,
    });
    const refused = await setDetails(asker, questionId, 'Serial 456');
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('QUESTION_NOT_FOUND');
    const [stored] = await query<{ body: string }>(
      api,
      'SELECT body FROM question_private_details WHERE question_id = $1',
      [questionId],
    );
    expect(stored?.body).toBe('Serial 123');
  });

  it('never puts them in search, e-mails to followers or notifications', async () => {
    const token = uniqueToken();
    const titleWord = `quillfeather${Date.now().toString(36)}`;
    const questionId = await forum.newQuestion({
      author: asker,
      title: `Why does the ${titleWord} invoice export stop halfway?`,
    });
    await setDetails(asker, questionId, `Customer number ${token}`);
    const follower = await forum.newUser();
    await gqlData(api, {
      query: 'mutation F($input: FollowInput!) { follow(input: $input) { following } }',
      variables: { input: { targetType: 'QUESTION', targetId: questionId } },
      as: follower,
    });
    // An edit re-indexes the question after its private details exist.
    await gqlData(api, {
      query: 'mutation E($input: EditQuestionInput!) { editQuestion(input: $input) { id } }',
      variables: {
        input: {
          id: questionId,
          body: `The ${titleWord} export stops at page 3 every time, with any report.`,
        },
      },
      as: asker,
    });
    await forum.newAnswer({
      questionId,
      author: expert,
      body: 'Please check the export size limit in the settings.',
    });

    const mail = await mailbox.waitForMail(
      (caught) => caught.to.includes(follower.person.email) && caught.text.includes(titleWord),
    );
    expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain(token);

    const notifications = await query<{ payload: unknown }>(
      api,
      `SELECT payload FROM notification WHERE subject_key = $1 OR payload::text LIKE $2`,
      [`question:${questionId}`, `%${questionId}%`],
    );
    expect(notifications.length).toBeGreaterThan(0);
    expect(JSON.stringify(notifications)).not.toContain(token);

    await eventuallySearchable(titleWord, questionId);
    // Wait for the edit to reach the index too: its body text becomes searchable.
    await eventuallySearchable('page 3 every time', questionId);
    expect(await searchHits(token)).toEqual([]);
    expect(await indexHits(token)).toEqual([]);
    expect(await indexHits(titleWord)).not.toEqual([]);
  });
});
