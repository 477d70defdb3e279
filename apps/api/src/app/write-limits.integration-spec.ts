import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestApp,
  gql,
  type GraphqlRequest,
  type GraphqlResponse,
  newPerson,
  newSession,
  query,
  signedIn,
  type TestApp,
  type TestPerson,
  type TestSession,
  withWriteLimits,
} from '@forum/api/testing';
import {
  defaultNewAccountLimits,
  defaultNewAccountWritePercent,
  defaultPrivilegeThresholds,
  defaultWriteLimits,
  mutationWriteClass,
} from '@forum/shared/domain';
import { buildSchema } from 'graphql';
import { featureModules } from '@forum/api/composition';
import { schemaFile } from './schema-file.js';

const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const mutationNames = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

const ask = 'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }';
const vote = 'mutation V($input: VoteInput!) { vote(input: $input) { __typename } }';
const proposeIdea = 'mutation P($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }';
const voteForIdea =
  'mutation I($input: VoteForIdeaInput!) { voteForIdea(input: $input) { id voteCount } }';
const updateProfile =
  'mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }';
const recordView =
  'mutation R($input: RecordQuestionViewInput!) { recordQuestionView(input: $input) }';
const requestReset =
  'mutation Q($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const signInMutation = 'mutation S($input: SignInInput!) { signIn(input: $input) { id } }';
const signUp = 'mutation N($input: SignUpInput!) { signUp(input: $input) { email } }';
const createToken =
  'mutation T($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }';

/** Each test writes from an address of its own (loopback is a trusted proxy in tests). */
let nextAddress = 1;
function fromNewAddress(): Record<string, string> {
  return { 'x-forwarded-for': `198.51.100.${nextAddress++}` };
}

const reasonOf = (response: GraphqlResponse<unknown>) =>
  response.errors?.[0]?.extensions?.reason as string | undefined;
const limited = (responses: Array<GraphqlResponse<unknown>>) =>
  responses.filter((response) => reasonOf(response) === 'RATE_LIMITED');
const accepted = (responses: Array<GraphqlResponse<unknown>>) =>
  responses.filter((response) => !response.errors);

/** Every refusal is typed, names its class, and says (in the body and in HTTP) when to retry. */
function expectRetryAfter(
  responses: Array<GraphqlResponse<unknown>>,
  writeClass: string,
  windowSeconds: number,
) {
  for (const response of responses) {
    const error = response.errors![0]!;
    expect(error.extensions).toEqual(
      expect.objectContaining({
        code: 'TOO_MANY_REQUESTS',
        reason: 'RATE_LIMITED',
        writeClass,
      }),
    );
    const seconds = error.extensions!['retryAfterSeconds'] as number;
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(windowSeconds);
    expect(response.headers.get('retry-after')).toBe(String(seconds));
  }
}

const parallel = <T>(count: number, send: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, i) => send(i)));

describe('write rate limits (production defaults)', () => {
  let api: TestApp;
  let productId: string;

  /** A member past the post-freely line: not a new account. */
  async function established(): Promise<TestSession> {
    const person = await newPerson(api);
    await query(api, 'UPDATE user_account SET reputation = $2 WHERE id = $1', [
      person.id,
      defaultPrivilegeThresholds.post_freely,
    ]);
    return newSession(api, person);
  }

  async function countOf(sql: string, parameters: unknown[]): Promise<number> {
    const [row] = await query<{ n: number }>(api, sql, parameters);
    return row!.n;
  }

  async function askAs(session: GraphqlRequest['as'], title: string, headers = fromNewAddress()) {
    return gql<{ askQuestion: { id: string } }>(api, {
      query: ask,
      variables: { input: { title, body: 'Body of the question.', productId } },
      as: session,
      headers,
    });
  }

  beforeAll(async () => {
    api = await createTestApp(featureModules, withWriteLimits);
    [{ id: productId }] = (await query<{ id: string }>(
      api,
      "INSERT INTO product (slug, name) VALUES ('limits', 'Limits') RETURNING id",
    )) as [{ id: string }];
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('gives every mutation in schema.gql a write class, and no class to a mutation that does not exist', () => {
    const table = mutationWriteClass as Record<string, string>;
    expect(mutationNames.filter((name) => !table[name])).toEqual([]);
    expect(Object.keys(table).filter((name) => !mutationNames.includes(name))).toEqual([]);
  });

  it('accepts exactly the post limit from concurrent asks and refuses the rest unchanged', async () => {
    const author = await established();
    const headers = fromNewAddress();
    const responses = await parallel(defaultWriteLimits.post.points + 5, (i) =>
      askAs(author, `Flooded question number ${i}`, headers),
    );
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.post.points);
    expect(limited(responses)).toHaveLength(5);
    expectRetryAfter(limited(responses), 'post', defaultWriteLimits.post.seconds);
    expect(
      await countOf('SELECT count(*)::int AS n FROM question WHERE author_id = $1', [
        author.person.id,
      ]),
    ).toBe(defaultWriteLimits.post.points);
  }, 60_000);

  it('creates exactly the daily limit from fifty concurrent asks by a new member', async () => {
    const newcomer = await newSession(api, await newPerson(api));
    const headers = fromNewAddress();
    const responses = await parallel(50, (i) =>
      askAs(newcomer, `A newcomer's concurrent question ${i}`, headers),
    );
    const newAccountPoints = Math.floor(
      (defaultWriteLimits.post.points * defaultNewAccountWritePercent) / 100,
    );
    // The stricter new-account limit lets some through; the daily limit, serialised by its
    // advisory lock, still admits exactly its number of questions among them.
    expect(limited(responses)).toHaveLength(50 - newAccountPoints);
    expect(accepted(responses)).toHaveLength(defaultNewAccountLimits.questionsPerDay);
    expect(
      responses.filter((response) => reasonOf(response) === 'INSUFFICIENT_REPUTATION'),
    ).toHaveLength(newAccountPoints - defaultNewAccountLimits.questionsPerDay);
    expectRetryAfter(limited(responses), 'post', defaultWriteLimits.post.seconds);
    expect(
      await countOf('SELECT count(*)::int AS n FROM question WHERE author_id = $1', [
        newcomer.person.id,
      ]),
    ).toBe(defaultNewAccountLimits.questionsPerDay);
  }, 120_000);

  it('limits votes on posts and on ideas together, per person, in a burst', async () => {
    const expert = await newSession(api, await newPerson(api, { role: 'expert' }));
    const questionId = (await askAs(expert, 'A question people vote on')).data!.askQuestion.id;
    const ideaId = (
      await gql<{ proposeIdea: { id: string } }>(api, {
        query: proposeIdea,
        variables: {
          input: { title: 'An idea people vote on', description: 'Details.', productId },
        },
        as: expert,
        headers: fromNewAddress(),
      })
    ).data!.proposeIdea.id;
    const voter = await established();
    const headers = fromNewAddress();
    const responses: Array<GraphqlResponse<unknown>> = [];
    // One after another, so each vote toggles the one before it.
    for (let i = 0; i < defaultWriteLimits.vote.points + 3; i++) {
      responses.push(
        await gql(api, {
          query: vote,
          variables: {
            input: { target: 'QUESTION', id: questionId, direction: i % 2 ? 'NONE' : 'UP' },
          },
          as: voter,
          headers,
        }),
      );
    }
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.vote.points);
    expect(limited(responses)).toHaveLength(3);
    expectRetryAfter(limited(responses), 'vote', defaultWriteLimits.vote.seconds);
    // 30 accepted votes alternate UP, NONE, ...: the last accepted one withdrew the vote.
    expect(
      await countOf(
        'SELECT count(*)::int AS n FROM question_vote WHERE question_id = $1 AND user_id = $2',
        [questionId, voter.person.id],
      ),
    ).toBe(0);

    const ideaVote = await gql<{ voteForIdea: { voteCount: number } }>(api, {
      query: voteForIdea,
      variables: { input: { ideaId } },
      as: voter,
      headers,
    });
    expectRetryAfter([ideaVote], 'vote', defaultWriteLimits.vote.seconds);
    expect(
      await countOf('SELECT count(*)::int AS n FROM idea_vote WHERE idea_id = $1', [ideaId]),
    ).toBe(0);
  }, 60_000);

  it('accepts exactly the change limit from concurrent profile edits', async () => {
    const member = await established();
    const headers = fromNewAddress();
    const responses = await parallel(defaultWriteLimits.change.points + 10, (i) =>
      gql(api, {
        query: updateProfile,
        variables: { input: { displayName: `Renamed ${i}` } },
        as: member,
        headers,
      }),
    );
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.change.points);
    expect(limited(responses)).toHaveLength(10);
    expectRetryAfter(limited(responses), 'change', defaultWriteLimits.change.seconds);
  }, 60_000);

  it('gives new members half the change points', async () => {
    const newcomer = await newSession(api, await newPerson(api));
    const headers = fromNewAddress();
    const responses = await parallel(defaultWriteLimits.change.points, (i) =>
      gql(api, {
        query: updateProfile,
        variables: { input: { displayName: `Newcomer ${i}` } },
        as: newcomer,
        headers,
      }),
    );
    const points = Math.floor(
      (defaultWriteLimits.change.points * defaultNewAccountWritePercent) / 100,
    );
    expect(accepted(responses)).toHaveLength(points);
    expect(limited(responses)).toHaveLength(defaultWriteLimits.change.points - points);
  }, 60_000);

  it('counts anonymous views per address', async () => {
    const expert = await newSession(api, await newPerson(api, { role: 'expert' }));
    const questionId = (await askAs(expert, 'A question people look at')).data!.askQuestion.id;
    const headers = fromNewAddress();
    const responses = await parallel(defaultWriteLimits.view.points + 10, () =>
      gql(api, { query: recordView, variables: { input: { questionId } }, headers }),
    );
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.view.points);
    expect(limited(responses)).toHaveLength(10);
    expectRetryAfter(limited(responses), 'view', defaultWriteLimits.view.seconds);
    // Another address still counts its view.
    const elsewhere = await gql(api, {
      query: recordView,
      variables: { input: { questionId } },
      headers: fromNewAddress(),
    });
    expect(elsewhere.errors).toBeUndefined();
  }, 60_000);

  it('limits password-reset mail per address', async () => {
    const person = await newPerson(api);
    const headers = fromNewAddress();
    const responses = await parallel(defaultWriteLimits.mail.points + 3, () =>
      gql(api, { query: requestReset, variables: { input: { email: person.email } }, headers }),
    );
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.mail.points);
    expect(limited(responses)).toHaveLength(3);
    expectRetryAfter(limited(responses), 'mail', defaultWriteLimits.mail.seconds);
  }, 60_000);

  it('limits sign-ins per address, even with the right password', async () => {
    const person = await newPerson(api);
    const headers = fromNewAddress();
    const responses: Array<GraphqlResponse<unknown>> = [];
    for (let i = 0; i < defaultWriteLimits.sign_in.points + 2; i++) {
      responses.push(
        await gql(api, {
          query: signInMutation,
          variables: { input: { email: person.email, password: person.password } },
          headers,
        }),
      );
    }
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.sign_in.points);
    expect(limited(responses)).toHaveLength(2);
    expectRetryAfter(limited(responses), 'sign_in', defaultWriteLimits.sign_in.seconds);
  }, 60_000);

  it('creates only a handful of accounts from a hundred concurrent sign-ups from one address', async () => {
    const headers = fromNewAddress();
    const batch = `flood${Date.now()}`;
    const responses = await parallel(100, (i) =>
      gql(api, {
        query: signUp,
        variables: {
          input: {
            email: `${batch}-${i}@example.com`,
            displayName: `Flood ${i}`,
            password: 'Lantern-Harbour-Quartz-71',
          },
        },
        headers,
      }),
    );
    expect(accepted(responses)).toHaveLength(defaultWriteLimits.sign_up.points);
    expect(limited(responses)).toHaveLength(100 - defaultWriteLimits.sign_up.points);
    expectRetryAfter(limited(responses), 'sign_up', defaultWriteLimits.sign_up.seconds);
    expect(
      await countOf('SELECT count(*)::int AS n FROM user_account WHERE email LIKE $1', [
        `${batch}-%`,
      ]),
    ).toBe(defaultWriteLimits.sign_up.points);

    const elsewhere = await gql(api, {
      query: signUp,
      variables: {
        input: {
          email: `${batch}-elsewhere@example.com`,
          displayName: 'Elsewhere',
          password: 'Lantern-Harbour-Quartz-71',
        },
      },
      headers: fromNewAddress(),
    });
    expect(elsewhere.errors).toBeUndefined();
  }, 120_000);

  it('counts API tokens against their own bucket and their owner, so many tokens do not multiply the limit', async () => {
    const author = await established();
    const tokens: string[] = [];
    for (const name of ['first', 'second']) {
      const created = await gql<{ createApiToken: { token: string } }>(api, {
        query: createToken,
        variables: { input: { name, scope: 'WRITE' } },
        as: author,
        headers: fromNewAddress(),
      });
      tokens.push(created.data!.createApiToken.token);
    }
    const first = await parallel(defaultWriteLimits.post.points + 2, (i) =>
      askAs({ bearer: tokens[0]! }, `Token question ${i}`),
    );
    expect(accepted(first)).toHaveLength(defaultWriteLimits.post.points);
    expectRetryAfter(limited(first), 'post', defaultWriteLimits.post.seconds);
    const second = await askAs({ bearer: tokens[1]! }, 'Second token question');
    const session = await askAs(author, 'Question from the browser');
    expectRetryAfter([second, session], 'post', defaultWriteLimits.post.seconds);
    expect(
      await countOf('SELECT count(*)::int AS n FROM question WHERE author_id = $1', [
        author.person.id,
      ]),
    ).toBe(defaultWriteLimits.post.points);
    // Every attempt counted against the owner: twelve through the first token, then two more.
    const [owner] = await query<{ points: number }>(
      api,
      'SELECT points FROM rate_limit WHERE key = $1',
      [`write_post:person:${author.person.id}`],
    );
    expect(owner!.points).toBe(defaultWriteLimits.post.points + 4);
  }, 60_000);
});

describe('write rate limit per client address', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp(featureModules, { WRITE_LIMIT_PER_IP: '20/1m' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('holds across people writing in parallel from one address', async () => {
    const people: TestPerson[] = await Promise.all([1, 2, 3].map(() => newPerson(api)));
    const sessions = await Promise.all(people.map((person) => newSession(api, person)));
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    const responses = await parallel(30, (i) =>
      gql(api, {
        query: updateProfile,
        variables: { input: { displayName: `Shared address ${i}` } },
        as: sessions[i % 3],
        headers,
      }),
    );
    expect(accepted(responses)).toHaveLength(20);
    expect(limited(responses)).toHaveLength(10);
    expectRetryAfter(limited(responses), 'change', 60);

    const other = await gql(api, {
      query: updateProfile,
      variables: { input: { displayName: 'Another address' } },
      as: sessions[0],
      headers: { 'x-forwarded-for': '203.0.113.78' },
    });
    expect(other.errors).toBeUndefined();
  }, 60_000);

  it('is relaxed for other write classes in test apps unless a test asks for limits', async () => {
    const session = await signedIn(api);
    const responses = await parallel(25, (i) =>
      gql(api, {
        query: updateProfile,
        variables: { input: { displayName: `Relaxed ${i}` } },
        as: session,
        headers: { 'x-forwarded-for': `203.0.113.${100 + i}` },
      }),
    );
    expect(limited(responses)).toHaveLength(0);
  }, 60_000);
});
