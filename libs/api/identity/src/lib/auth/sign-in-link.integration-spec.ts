import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@forum/api/platform';
import {
  createTestApp,
  gql,
  linkIn,
  newPerson,
  query,
  sessionCookieFrom,
  startTestMailbox,
  type CaughtMail,
  type MailCatcher,
  type TestApp,
  type TestPerson,
} from '@forum/api/testing';
import { IdentityModule } from '../identity.module.js';

const signIn = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;
const requestLink = `mutation R($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) }`;
const signInWithLink = `mutation L($input: SignInWithLinkInput!) { signInWithLink(input: $input) { id displayName } }`;
const me = `{ me { id } }`;

describe('e-mailed sign-in links, and guessing from many addresses', () => {
  let api: TestApp;
  let mailbox: MailCatcher;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    // The test client connects from loopback, trusted here as a proxy: X-Forwarded-For names
    // the client, as it would behind a load balancer.
    api = await createTestApp([IdentityModule], {
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: 'http://localhost:4200',
      TRUSTED_PROXIES: 'loopback',
    });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  const passwordSignIn = (person: TestPerson, password: string, from: string) =>
    gql(api, {
      query: signIn,
      variables: { input: { email: person.email, password } },
      headers: { 'x-forwarded-for': from },
    });

  const askForLink = (email: string, from: string) =>
    gql(api, {
      query: requestLink,
      variables: { input: { email } },
      headers: { 'x-forwarded-for': from },
    });

  const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

  /** The token of the person's newest link, read from the mail that carries it. */
  const tokenMailedTo = async (person: TestPerson) => {
    const [current] = await query<{ token_hash: string }>(
      api,
      `SELECT token_hash FROM email_token
       WHERE user_id = $1 AND purpose = 'sign_in_link' AND used_at IS NULL`,
      [person.id],
    );
    expect(current).toBeDefined();
    const tokenIn = (mail: CaughtMail) =>
      /sign-in link|Anmeldelink/i.test(mail.subject)
        ? (linkIn(mail, '/sign-in/link').searchParams.get('token') ?? '')
        : '';
    const mail = await mailbox.waitForMail(
      (m) => m.to.includes(person.email) && sha256(tokenIn(m)) === current!.token_hash,
    );
    expect(linkIn(mail, '/sign-in/link').origin).toBe('http://localhost:4200');
    return tokenIn(mail);
  };

  it('pauses password sign-in for everyone after guesses from 25 addresses, and the owner signs in by mail', async () => {
    const owner = await newPerson(api);
    const reasons: string[] = [];
    for (let n = 1; n <= 25; n++) {
      const response = await passwordSignIn(owner, `guess-${n}`, `198.51.100.${n}`);
      reasons.push(String(response.errors?.[0]?.extensions?.reason));
    }
    // No single address failed more than once; the account as a whole did.
    expect(reasons.slice(0, 20)).toEqual(Array(20).fill('INVALID_CREDENTIALS'));
    expect(reasons.slice(20)).toEqual(Array(5).fill('TOO_MANY_ATTEMPTS'));

    const correctPassword = await passwordSignIn(owner, owner.password, '203.0.113.50');
    expect(correctPassword.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
      signInLinkAvailable: true,
    });
    // The first account-wide pause lasts five minutes.
    const retryAfter = Number(correctPassword.errors?.[0]?.extensions?.['retryAfterSeconds']);
    expect(retryAfter).toBeGreaterThan(4 * 60);
    expect(retryAfter).toBeLessThanOrEqual(5 * 60);
    expect(sessionCookieFrom(correctPassword.headers)).toBeUndefined();

    const requested = await askForLink(owner.email.toUpperCase(), '203.0.113.50');
    expect(requested.errors).toBeUndefined();
    expect(requested.data).toEqual({ requestSignInLink: true });
    const token = await tokenMailedTo(owner);

    // Only the token's SHA-256 is kept.
    const stored = await query<{ token_hash: string; expires_in: number }>(
      api,
      `SELECT token_hash, extract(epoch FROM expires_at - now())::int AS expires_in
       FROM email_token WHERE user_id = $1 AND purpose = 'sign_in_link'`,
      [owner.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.expires_in).toBeGreaterThan(13 * 60);
    expect(stored[0]!.expires_in).toBeLessThanOrEqual(15 * 60);

    const signedIn = await gql<{ signInWithLink: { id: string } }>(api, {
      query: signInWithLink,
      variables: { input: { token } },
      headers: { 'x-forwarded-for': '203.0.113.50' },
    });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signInWithLink.id).toBe(owner.id);
    const cookie = sessionCookieFrom(signedIn.headers);
    expect(cookie).toBeDefined();
    const whoAmI = await gql<{ me: { id: string } }>(api, { query: me, as: { cookie: cookie! } });
    expect(whoAmI.data?.me.id).toBe(owner.id);

    const reused = await gql(api, { query: signInWithLink, variables: { input: { token } } });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOKEN_INVALID',
    });
    expect(sessionCookieFrom(reused.headers)).toBeUndefined();

    // Proving the mailbox lifted the account-wide pause: the password works again.
    const afterwards = await passwordSignIn(owner, owner.password, '203.0.113.51');
    expect(afterwards.errors).toBeUndefined();
    expect(sessionCookieFrom(afterwards.headers)).toBeDefined();

    // Guessing that resumes is paused again after the next 20 failures.
    const resumed: string[] = [];
    for (let n = 1; n <= 21; n++) {
      const response = await passwordSignIn(owner, `again-${n}`, `198.51.101.${n}`);
      resumed.push(String(response.errors?.[0]?.extensions?.reason));
    }
    expect(resumed.slice(0, 20)).toEqual(Array(20).fill('INVALID_CREDENTIALS'));
    expect(resumed[20]).toBe('TOO_MANY_ATTEMPTS');
  });

  it('confirms an unconfirmed address, since the link proves it', async () => {
    const person = await newPerson(api, { verified: false });
    await askForLink(person.email, '203.0.113.65');
    const token = await tokenMailedTo(person);
    const signedIn = await gql(api, { query: signInWithLink, variables: { input: { token } } });
    expect(signedIn.errors).toBeUndefined();
    const [row] = await query<{ verified: boolean }>(
      api,
      'SELECT email_verified_at IS NOT NULL AS verified FROM user_account WHERE id = $1',
      [person.id],
    );
    expect(row?.verified).toBe(true);
  });

  it('answers an unknown address exactly like a known one and mails nothing', async () => {
    const known = await newPerson(api);
    const unknownEmail = 'nobody-here@example.com';
    const unknown = await askForLink(unknownEmail, '203.0.113.60');
    const answered = await askForLink(known.email, '203.0.113.60');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual(answered.data);
    expect(unknown.data).toEqual({ requestSignInLink: true });
    await tokenMailedTo(known);
    expect(mailbox.messages().filter((m) => m.to.includes(unknownEmail))).toEqual([]);
  });

  it('refuses a link after 15 minutes, by the clock the API keeps', async () => {
    const person = await newPerson(api);
    await askForLink(person.email, '203.0.113.70');
    const token = await tokenMailedTo(person);
    const clock = api.app.get(Clock);
    const originalNow = clock.now;
    clock.now = () => new Date(Date.now() + 15 * 60 * 1000 + 1000);
    try {
      const expired = await gql(api, { query: signInWithLink, variables: { input: { token } } });
      expect(expired.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOKEN_EXPIRED',
      });
      expect(sessionCookieFrom(expired.headers)).toBeUndefined();
    } finally {
      clock.now = originalNow;
    }
  });

  it('refuses a suspended account, and a newer link replaces the older one', async () => {
    const person = await newPerson(api);
    await askForLink(person.email, '203.0.113.80');
    const first = await tokenMailedTo(person);
    await askForLink(person.email, '203.0.113.80');
    const second = await tokenMailedTo(person);
    expect(second).not.toBe(first);

    const older = await gql(api, { query: signInWithLink, variables: { input: { token: first } } });
    expect(older.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_INVALID');

    await query(
      api,
      `UPDATE user_account SET suspended_until = now() + interval '1 day', suspension_reason = 'Spam' WHERE id = $1`,
      [person.id],
    );
    const suspended = await gql(api, {
      query: signInWithLink,
      variables: { input: { token: second } },
    });
    expect(suspended.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCOUNT_SUSPENDED',
      suspensionReason: 'Spam',
    });
    expect(sessionCookieFrom(suspended.headers)).toBeUndefined();
  });

  it('limits link requests per address, without stopping the owner asking from their own', async () => {
    const owner = await newPerson(api);
    const reasons: string[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      const response = await askForLink(owner.email, '198.51.100.200');
      reasons.push(response.errors ? String(response.errors[0]?.extensions?.reason) : 'SENT');
    }
    expect(reasons.slice(0, 5)).toEqual(Array(5).fill('SENT'));
    expect(reasons.slice(6)).toEqual(['TOO_MANY_ATTEMPTS']);

    const fromOwner = await askForLink(owner.email, '203.0.113.90');
    expect(fromOwner.data).toEqual({ requestSignInLink: true });
    const token = await tokenMailedTo(owner);
    const signedIn = await gql(api, { query: signInWithLink, variables: { input: { token } } });
    expect(signedIn.errors).toBeUndefined();
  });

  it('refuses a token longer than any it issues as bad input', async () => {
    const response = await gql(api, {
      query: signInWithLink,
      variables: { input: { token: 'x'.repeat(101) } },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
    });
  });
});
