import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestApp,
  gql,
  linkIn,
  newPerson,
  query,
  sessionCookieFrom,
  signIn,
  startTestMailbox,
  type MailCatcher,
  type TestApp,
} from '@forum/api/testing';
import { IdentityModule } from '../identity.module.js';

const signUp = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { email } }`;
const signInMutation = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id displayName } }`;
const me = `{ me { id displayName email emailVerified role isStaff hasPassword } }`;
const strongPassword = 'Copper-Window-Meadow-58';

describe('accounts and sessions', () => {
  let api: TestApp;
  let mailbox: MailCatcher;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await createTestApp([IdentityModule], {
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: 'http://localhost:4200',
    });
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  const countAccounts = async (email: string) =>
    (
      await query<{ n: number }>(
        api,
        'SELECT count(*)::int AS n FROM user_account WHERE email = $1',
        [email],
      )
    )[0]!.n;

  it('signs up, e-mails a verification link in the chosen language, and the link signs in', async () => {
    const email = 'Lena.Vogel@Example.com';
    const response = await gql(api, {
      query: signUp,
      variables: {
        input: { email, displayName: 'Lena Vogel', password: strongPassword, locale: 'DE' },
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ signUp: { email: 'lena.vogel@example.com' } });
    expect(sessionCookieFrom(response.headers)).toBeUndefined();

    const mail = await mailbox.waitForMail((m) => m.to.includes('lena.vogel@example.com'));
    expect(mail.subject).toMatch(/bestätigen|E-Mail/i);
    const link = linkIn(mail, '/verify-email');
    expect(link.origin).toBe('http://localhost:4200');

    const verified = await gql(api, {
      query: 'mutation V($input: VerifyEmailInput!) { verifyEmail(input: $input) { id } }',
      variables: { input: { token: link.searchParams.get('token') } },
    });
    expect(verified.errors).toBeUndefined();
    const cookie = sessionCookieFrom(verified.headers);
    expect(cookie).toBeDefined();
    const whoAmI = await gql<{ me: Record<string, unknown> }>(api, {
      query: me,
      as: { cookie: cookie! },
    });
    expect(whoAmI.data?.me).toMatchObject({
      email: 'lena.vogel@example.com',
      emailVerified: true,
      role: 'MEMBER',
      isStaff: false,
    });

    const rows = await query<{ password_hash: string }>(
      api,
      'SELECT password_hash FROM user_account WHERE email = $1',
      ['lena.vogel@example.com'],
    );
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const reused = await gql(api, {
      query: 'mutation V($input: VerifyEmailInput!) { verifyEmail(input: $input) { id } }',
      variables: { input: { token: link.searchParams.get('token') } },
    });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOKEN_INVALID',
    });
  });

  it('answers a sign-up for a taken address exactly like a new one, and tells the owner instead', async () => {
    const owner = await newPerson(api, { email: 'taken@example.com' });
    const response = await gql(api, {
      query: signUp,
      variables: {
        input: {
          email: 'TAKEN@example.com',
          displayName: 'Someone Else',
          password: strongPassword,
        },
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ signUp: { email: 'taken@example.com' } });
    expect(await countAccounts('taken@example.com')).toBe(1);
    const mail = await mailbox.waitForMail((m) => m.to.includes(owner.email));
    expect(linkIn(mail, '/forgot-password')).toBeDefined();
    const rows = await query<{ display_name: string }>(
      api,
      'SELECT display_name FROM user_account WHERE id = $1',
      [owner.id],
    );
    expect(rows[0]?.display_name).toBe(owner.displayName);
  });

  it('refuses weak passwords and malformed input with typed errors, creating nothing', async () => {
    const weak = await gql(api, {
      query: signUp,
      variables: {
        input: { email: 'weak@example.com', displayName: 'Weak', password: 'password123' },
      },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WEAK_PASSWORD',
    });

    const malformed = await gql(api, {
      query: signUp,
      variables: { input: { email: 'not-an-address', displayName: 'X', password: strongPassword } },
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
    });
    expect(Object.keys(malformed.errors?.[0]?.extensions?.['fields'] as object).sort()).toEqual([
      'displayName',
      'email',
    ]);
    expect(await countAccounts('weak@example.com')).toBe(0);
    expect(await countAccounts('not-an-address')).toBe(0);
  });

  it('sets an HTTP-only SameSite=Lax cookie and rotates the session at sign-in', async () => {
    const person = await newPerson(api);
    const first = await signIn(api, person);
    const response = await gql(api, {
      query: signInMutation,
      variables: { input: { email: person.email, password: person.password } },
      as: first,
    });
    const header = response.headers.getSetCookie().find((c) => c.startsWith('forum_session='))!;
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    const second = sessionCookieFrom(response.headers)!;
    expect(second).not.toBe(first.cookie);
    expect((await gql<{ me: null }>(api, { query: me, as: first })).data?.me).toBeNull();
    expect(
      (await gql<{ me: { id: string } }>(api, { query: me, as: { cookie: second } })).data?.me.id,
    ).toBe(person.id);
  });

  it('gives the same answer for an unknown address and a wrong password, then backs off', async () => {
    const person = await newPerson(api);
    const unknown = await gql(api, {
      query: signInMutation,
      variables: { input: { email: 'nobody@example.com', password: 'x' } },
    });
    const wrong = await gql(api, {
      query: signInMutation,
      variables: { input: { email: person.email, password: 'wrong' } },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: wrong.errors?.[0]?.message,
      extensions: { reason: 'INVALID_CREDENTIALS' },
    });

    const reasons: string[] = [];
    for (let attempt = 2; attempt <= 10; attempt++) {
      const response = await gql(api, {
        query: signInMutation,
        variables: { input: { email: person.email, password: `wrong-${attempt}` } },
      });
      reasons.push(String(response.errors?.[0]?.extensions?.reason));
    }
    expect(reasons.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    expect(reasons.slice(5)).toEqual(Array(4).fill('TOO_MANY_ATTEMPTS'));

    const correctButBlocked = await gql(api, {
      query: signInMutation,
      variables: { input: { email: person.email, password: person.password } },
    });
    expect(correctButBlocked.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
    });
    expect(correctButBlocked.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    expect(sessionCookieFrom(correctButBlocked.headers)).toBeUndefined();

    // The guesses blocked the guesser's address, not the owner: from their own address (as a
    // trusted proxy reports it) the right password still works.
    const owner = await gql(api, {
      query: signInMutation,
      variables: { input: { email: person.email, password: person.password } },
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(owner.errors).toBeUndefined();
    expect(sessionCookieFrom(owner.headers)).toBeDefined();
  });

  it('resets a forgotten password by e-mail, ends other sessions, and the link works once', async () => {
    const person = await newPerson(api);
    const otherBrowser = await signIn(api, person);
    const unknown = await gql(api, {
      query:
        'mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
      variables: { input: { email: 'no-such-person@example.com' } },
    });
    expect(unknown.data).toEqual({ requestPasswordReset: true });

    const requested = await gql(api, {
      query:
        'mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
      variables: { input: { email: person.email } },
    });
    expect(requested.data).toEqual({ requestPasswordReset: true });
    const token = linkIn(
      await mailbox.waitForMail((m) => m.to.includes(person.email)),
      '/reset-password',
    ).searchParams.get('token');

    const reset = await gql(api, {
      query: 'mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }',
      variables: { input: { token, newPassword: strongPassword } },
    });
    expect(reset.errors).toBeUndefined();
    expect(sessionCookieFrom(reset.headers)).toBeDefined();
    expect((await gql<{ me: null }>(api, { query: me, as: otherBrowser })).data?.me).toBeNull();

    const again = await gql(api, {
      query: 'mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }',
      variables: { input: { token, newPassword: 'Another-Strong-Phrase-93' } },
    });
    expect(again.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_INVALID');
    const oldPassword = await gql(api, {
      query: signInMutation,
      variables: { input: { email: person.email, password: person.password } },
    });
    expect(oldPassword.errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    await signIn(api, { ...person, password: strongPassword });
    await mailbox.waitForMail(
      (m) =>
        m.to.includes(person.email) &&
        /password|Passwort/i.test(m.subject) &&
        /changed|geändert/i.test(m.subject),
    );
  });

  it('refuses an expired reset link and leaves the password unchanged', async () => {
    const person = await newPerson(api);
    await gql(api, {
      query:
        'mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
      variables: { input: { email: person.email } },
    });
    const token = linkIn(
      await mailbox.waitForMail((m) => m.to.includes(person.email)),
      '/reset-password',
    ).searchParams.get('token');
    await query(
      api,
      "UPDATE email_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1",
      [person.id],
    );
    const expired = await gql(api, {
      query: 'mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }',
      variables: { input: { token, newPassword: strongPassword } },
    });
    expect(expired.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOKEN_EXPIRED',
    });
    await signIn(api, person);
  });

  it('changes the password only with the current one, keeping this session and ending the others', async () => {
    const person = await newPerson(api);
    const here = await signIn(api, person);
    const elsewhere = await signIn(api, person);
    const change = 'mutation C($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const wrong = await gql(api, {
      query: change,
      variables: { input: { currentPassword: 'nope', newPassword: strongPassword } },
      as: here,
    });
    expect(wrong.errors?.[0]?.extensions?.['reason']).toBe('WRONG_PASSWORD');
    const changed = await gql(api, {
      query: change,
      variables: { input: { currentPassword: person.password, newPassword: strongPassword } },
      as: here,
    });
    expect(changed.data).toEqual({ changePassword: true });
    expect((await gql<{ me: { id: string } }>(api, { query: me, as: here })).data?.me.id).toBe(
      person.id,
    );
    expect((await gql<{ me: null }>(api, { query: me, as: elsewhere })).data?.me).toBeNull();
  });

  it('signs out here, and everywhere', async () => {
    const person = await newPerson(api);
    const [a, b, c] = [
      await signIn(api, person),
      await signIn(api, person),
      await signIn(api, person),
    ];
    await gql(api, { query: 'mutation { signOut }', as: a });
    expect((await gql<{ me: null }>(api, { query: me, as: a })).data?.me).toBeNull();
    expect((await gql<{ me: { id: string } }>(api, { query: me, as: b })).data?.me.id).toBe(
      person.id,
    );
    await gql(api, { query: 'mutation { signOutEverywhere }', as: b });
    expect((await gql<{ me: null }>(api, { query: me, as: c })).data?.me).toBeNull();
  });

  it('deletes an account but keeps the row, anonymised, with no way to sign in', async () => {
    const person = await newPerson(api, { displayName: 'Jonas Keller' });
    const session = await signIn(api, person);
    const wrong = await gql(api, {
      query: 'mutation D($input: DeleteAccountInput!) { deleteAccount(input: $input) }',
      variables: { input: { password: 'nope' } },
      as: session,
    });
    expect(wrong.errors?.[0]?.extensions?.['reason']).toBe('WRONG_PASSWORD');
    const deleted = await gql(api, {
      query: 'mutation D($input: DeleteAccountInput!) { deleteAccount(input: $input) }',
      variables: { input: { password: person.password } },
      as: session,
    });
    expect(deleted.data).toEqual({ deleteAccount: true });
    const [row] = await query<{
      email: string;
      display_name: string;
      password_hash: string | null;
      deleted_at: Date;
    }>(
      api,
      'SELECT email, display_name, password_hash, deleted_at FROM user_account WHERE id = $1',
      [person.id],
    );
    expect(row).toMatchObject({ display_name: 'Deleted user', password_hash: null });
    expect(row?.email).not.toContain('example.com');
    expect(row?.deleted_at).toBeInstanceOf(Date);
    const profile = await gql<{ user: Record<string, unknown> }>(api, {
      query: `{ user(id: "${person.id}") { displayName isDeleted email } }`,
    });
    expect(profile.data?.user).toEqual({
      displayName: 'Deleted user',
      isDeleted: true,
      email: null,
    });
    const again = await gql(api, {
      query: signInMutation,
      variables: { input: { email: person.email, password: person.password } },
    });
    expect(again.errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
  });

  it('authenticates personal access tokens by scope, stores only their hash, and revokes them', async () => {
    const person = await newPerson(api);
    const session = await signIn(api, person);
    const create =
      'mutation C($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id prefix scope } } }';
    const read = await gql<{
      createApiToken: { token: string; apiToken: { id: string; prefix: string } };
    }>(api, {
      query: create,
      variables: { input: { name: 'Reporting', scope: 'READ' } },
      as: session,
    });
    const write = await gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(api, {
      query: create,
      variables: { input: { name: 'Sync', scope: 'WRITE' } },
      as: session,
    });
    const readToken = read.data!.createApiToken.token;
    const writeToken = write.data!.createApiToken.token;
    expect(readToken.startsWith(read.data!.createApiToken.apiToken.prefix)).toBe(true);
    const stored = await query<{ token_hash: string }>(
      api,
      'SELECT token_hash FROM api_token WHERE user_id = $1',
      [person.id],
    );
    expect(stored.map((row) => row.token_hash)).not.toContain(readToken);

    expect(
      (await gql<{ me: { id: string } }>(api, { query: me, as: { bearer: readToken } })).data?.me
        .id,
    ).toBe(person.id);
    const update =
      'mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }';
    const readWrites = await gql(api, {
      query: update,
      variables: { input: { displayName: 'Via Token' } },
      as: { bearer: readToken },
    });
    expect(readWrites.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DENIED',
    });
    const writeWrites = await gql(api, {
      query: update,
      variables: { input: { displayName: 'Via Token' } },
      as: { bearer: writeToken },
    });
    expect(writeWrites.data).toEqual({ updateProfile: { displayName: 'Via Token' } });
    const tokenMakesToken = await gql(api, {
      query: create,
      variables: { input: { name: 'x', scope: 'WRITE' } },
      as: { bearer: writeToken },
    });
    expect(tokenMakesToken.errors?.[0]?.extensions?.['reason']).toBe('ACCESS_DENIED');

    await gql(api, {
      query:
        'mutation R($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedAt } }',
      variables: { input: { id: write.data!.createApiToken.apiToken.id } },
      as: session,
    });
    expect(
      (await gql<{ me: null }>(api, { query: me, as: { bearer: writeToken } })).data?.me,
    ).toBeNull();
  });
});
