import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  createTestApp,
  gql,
  newPerson,
  query,
  sessionCookieFrom,
  signIn,
  type TestApp,
} from '@forum/api/testing';
// @ts-expect-error -- oidc-provider ships no type declarations; the little used here is typed below.
import { Provider as UntypedProvider } from 'oidc-provider';
import { IdentityModule } from '../identity.module.js';

/** What the test needs of oidc-provider (a Koa application). */
interface OidcProvider {
  callback(): RequestListener;
}
const Provider = UntypedProvider as new (
  issuer: string,
  configuration: Record<string, unknown>,
) => OidcProvider;

/** The web app's origin: the browser only talks to it, and it forwards `/auth` to the API. */
const webOrigin = 'http://localhost:4200';
const callbackUrl = `${webOrigin}/auth/sso/callback`;
const clientId = 'customer-community';
const clientSecret = randomBytes(24).toString('base64url');
const buttonLabel = 'Sign in with Acme ID';

const me = '{ me { id email role displayName hasPassword } }';

interface AccountClaims {
  email: string;
  email_verified: boolean;
  name: string;
  roles?: string | string[];
}

interface Me {
  id: string;
  email: string;
  role: string;
  displayName: string;
  hasPassword: boolean;
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/**
 * A browser reduced to what sign-in needs: one cookie jar per host, redirects followed by hand,
 * and the identity provider's sign-in and consent forms filled in as a given account. Requests to
 * the web origin under `/auth` go to the API, the way the web app's server forwards them.
 */
class Browser {
  private readonly jar = new Map<string, StoredCookie[]>();

  constructor(
    private readonly api: TestApp,
    private readonly providerOrigin: string,
  ) {}

  /** `name=value` of a cookie the browser holds for `origin`, if any. */
  cookie(origin: string, name: string): string | undefined {
    const found = this.jar.get(new URL(origin).host)?.find((cookie) => cookie.name === name);
    return found ? `${found.name}=${found.value}` : undefined;
  }

  /**
   * Loads `start` and goes wherever it leads, signing in at the provider as `account`. Returns the
   * address the browser was finally sent to and did not load: a page of the web app, or the first
   * one `stopAt` picks.
   */
  async visit(
    start: string | URL,
    options: { account?: string; stopAt?: (url: URL) => boolean } = {},
  ): Promise<URL> {
    let url = new URL(start);
    let form: Record<string, string> | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const response = await this.request(url, form);
      form = undefined;
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, url);
        if (options.stopAt?.(next) || !this.serves(next)) return next;
        url = next;
        continue;
      }
      const body = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(body)?.[1];
      const action = /<form[^>]* action="([^"]+)"/.exec(body)?.[1]?.replaceAll('&amp;', '&');
      if (response.status === 200 && url.origin === this.providerOrigin && prompt && action) {
        const login = options.account;
        if (prompt === 'login' && !login)
          throw new Error(`no account to sign in as at ${url.href}`);
        form =
          login && prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt };
        url = new URL(action, url);
        continue;
      }
      throw new Error(`unexpected ${response.status} from ${url.href}: ${body.slice(0, 400)}`);
    }
    throw new Error(`too many redirects from ${new URL(start).href}`);
  }

  private serves(url: URL): boolean {
    return (
      url.origin === this.providerOrigin ||
      (url.origin === webOrigin && url.pathname.startsWith('/auth/'))
    );
  }

  private async request(url: URL, form?: Record<string, string>): Promise<Response> {
    if (!this.serves(url)) throw new Error(`the test browser cannot load ${url.href}`);
    const target =
      url.origin === webOrigin ? new URL(`${url.pathname}${url.search}`, this.api.url) : url;
    const cookies = (this.jar.get(url.host) ?? [])
      .filter((cookie) => pathMatches(url.pathname, cookie.path))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
    const response = await fetch(target, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        ...(cookies ? { cookie: cookies } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    this.store(url, response.headers.getSetCookie());
    return response;
  }

  private store(url: URL, headers: string[]): void {
    let cookies = this.jar.get(url.host) ?? [];
    for (const header of headers) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const attribute = (key: string) =>
        attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attribute('path') ?? (url.pathname.replace(/\/[^/]*$/, '') || '/');
      const maxAge = attribute('max-age');
      const expires = attribute('expires');
      const expired =
        (maxAge !== undefined && Number(maxAge) <= 0) ||
        (expires !== undefined && Date.parse(expires) <= Date.now());
      cookies = cookies.filter((cookie) => cookie.name !== name || cookie.path !== path);
      if (!expired) cookies.push({ name, value, path });
    }
    this.jar.set(url.host, cookies);
  }
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  return (
    requestPath === cookiePath ||
    (requestPath.startsWith(cookiePath) &&
      (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'))
  );
}

/** A real OpenID provider on 127.0.0.1 that knows the community as a confidential client. */
async function startProvider(
  accounts: ReadonlyMap<string, AccountClaims>,
): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // Its quick-start in-memory storage and login pages are meant for exactly this; keep it quiet.
  const warn = console.warn;
  const quiet = jest.spyOn(console, 'warn').mockImplementation((...data: unknown[]) => {
    if (!String(data[0]).startsWith('oidc-provider WARNING: a quick start development-only'))
      warn(...data);
  });
  let provider: OidcProvider;
  try {
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [callbackUrl],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      pkce: { required: () => true },
      // Scope claims reach userinfo (the ID token carries only `sub`): the community reads both.
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name', 'roles'],
      },
      ttl: {
        AccessToken: 600,
        AuthorizationCode: 60,
        Grant: 600,
        IdToken: 600,
        Interaction: 600,
        Session: 600,
      },
      findAccount: (_context: unknown, id: string) => {
        const claims = accounts.get(id);
        return claims && { accountId: id, claims: () => ({ sub: id, ...claims }) };
      },
      jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      // The provider's own minimal login and consent pages, answered by the test browser.
      features: { devInteractions: { enabled: true } },
    });
  } finally {
    quiet.mockRestore();
  }
  server.on('request', provider.callback());
  return { issuer, server };
}

describe('single sign-on through an OpenID Connect provider', () => {
  const accounts = new Map<string, AccountClaims>();
  let provider: { issuer: string; server: Server };
  let api: TestApp;

  beforeAll(async () => {
    provider = await startProvider(accounts);
    api = await createTestApp([IdentityModule], {
      WEB_ORIGIN: webOrigin,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_BUTTON_LABEL: buttonLabel,
      OIDC_ROLE_MAP: 'forum-admins:admin,support:expert',
    });
  });

  afterAll(async () => {
    await api?.close();
    if (provider) {
      provider.server.closeAllConnections();
      await new Promise((resolve) => provider.server.close(resolve));
    }
  });

  const browser = () => new Browser(api, provider.issuer);
  const start = (returnTo: string) =>
    `${webOrigin}/auth/sso/start?returnTo=${encodeURIComponent(returnTo)}`;

  /** Signs in at the provider as `account` in a fresh browser; returns where it ends up. */
  const signInThroughProvider = async (account: string, returnTo = '/settings') => {
    const visitor = browser();
    const landing = await visitor.visit(start(returnTo), { account });
    return { landing, session: visitor.cookie(webOrigin, 'forum_session') };
  };

  const whoIs = async (cookie: string | undefined) =>
    (await gql<{ me: Me | null }>(api, { query: me, as: { cookie: cookie ?? '' } })).data?.me;

  const identitiesOf = (userId: string) =>
    query<{ issuer: string; subject: string }>(
      api,
      'SELECT issuer, subject FROM external_identity WHERE user_id = $1',
      [userId],
    );

  /** The person a session cookie belongs to; fails the test when it belongs to nobody. */
  const personOf = async (cookie: string | undefined) => {
    const person = await whoIs(cookie);
    if (!person) throw new Error(`no one is signed in with ${cookie}`);
    return person;
  };

  const accountsWith = async (email: string) => {
    const [row] = await query<{ n: number }>(
      api,
      'SELECT count(*)::int AS n FROM user_account WHERE email = $1',
      [email],
    );
    return row?.n;
  };

  it('creates an account for a new person with the verified e-mail, name and mapped role', async () => {
    accounts.set('acme-4711', {
      email: 'Mara.Quint@Acme.example',
      email_verified: true,
      name: 'Mara Quint',
      roles: ['staff', 'support'],
    });
    const visitor = browser();

    const authorize = await visitor.visit(start('/settings'), {
      stopAt: (url) => url.origin === provider.issuer,
    });
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: callbackUrl,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{20,}$/),
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
    });
    expect(visitor.cookie(webOrigin, 'forum_sso')).toBeDefined();

    const landing = await visitor.visit(authorize, { account: 'acme-4711' });
    expect(landing.href).toBe(`${webOrigin}/settings`);
    expect(visitor.cookie(webOrigin, 'forum_sso')).toBeUndefined();
    const session = visitor.cookie(webOrigin, 'forum_session');
    expect(session).toBeDefined();

    const person = await personOf(session);
    expect(person).toEqual({
      id: expect.any(String),
      email: 'mara.quint@acme.example',
      displayName: 'Mara Quint',
      role: 'EXPERT',
      hasPassword: false,
    });
    const [row] = await query<{ password_hash: string | null; email_verified_at: Date | null }>(
      api,
      'SELECT password_hash, email_verified_at FROM user_account WHERE id = $1',
      [person.id],
    );
    expect(row).toEqual({ password_hash: null, email_verified_at: expect.any(Date) });
    expect(await identitiesOf(person.id)).toEqual([
      { issuer: provider.issuer, subject: 'acme-4711' },
    ]);
  });

  it('links an existing account by verified e-mail, then finds it by subject after the e-mail changes', async () => {
    const existing = await newPerson(api, {
      email: 'jonas.berg@acme.example',
      displayName: 'Jonas Berg',
    });
    accounts.set('acme-0815', {
      email: 'jonas.berg@acme.example',
      email_verified: true,
      name: 'J. Berg (Acme)',
      roles: ['support', 'forum-admins'],
    });

    const first = await signInThroughProvider('acme-0815', '/t/42?sort=new');
    expect(first.landing.href).toBe(`${webOrigin}/t/42?sort=new`);
    expect(await whoIs(first.session)).toEqual({
      id: existing.id,
      email: 'jonas.berg@acme.example',
      displayName: 'Jonas Berg',
      role: 'ADMIN',
      hasPassword: true,
    });
    expect(await identitiesOf(existing.id)).toEqual([
      { issuer: provider.issuer, subject: 'acme-0815' },
    ]);

    accounts.set('acme-0815', {
      email: 'jonas@berg-consulting.example',
      email_verified: true,
      name: 'Jonas Berg',
      roles: 'support',
    });
    const second = await signInThroughProvider('acme-0815');
    expect(second.landing.href).toBe(`${webOrigin}/settings`);
    expect(await whoIs(second.session)).toMatchObject({
      id: existing.id,
      email: 'jonas.berg@acme.example',
      role: 'EXPERT',
    });
    expect(await accountsWith('jonas@berg-consulting.example')).toBe(0);
    expect(await identitiesOf(existing.id)).toHaveLength(1);
  });

  it('takes an unverified account with that e-mail away from whoever registered it', async () => {
    // Someone registers the address before its owner ever signs in, and keeps a session.
    const squatter = await newPerson(api, {
      email: 'lea.hoffmann@acme.example',
      password: 'Pebble-Orchard-Violin-93',
      verified: false,
    });
    const squatterSession = (await signIn(api, squatter)).cookie;
    const created = await gql<{ createApiToken: { token: string } }>(api, {
      query: 'mutation C($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      variables: { input: { name: 'Keep access', scope: 'WRITE' } },
      as: { cookie: squatterSession },
    });
    const squatterToken = created.data?.createApiToken.token ?? '';
    expect(await personOf(squatterSession)).toMatchObject({ id: squatter.id, hasPassword: true });
    expect(
      (await gql<{ me: Me | null }>(api, { query: me, as: { bearer: squatterToken } })).data?.me,
    ).toMatchObject({ id: squatter.id });
    accounts.set('acme-2024', {
      email: 'lea.hoffmann@acme.example',
      email_verified: true,
      name: 'Lea Hoffmann',
      roles: ['forum-admins'],
    });

    const owner = await signInThroughProvider('acme-2024');
    expect(owner.landing.href).toBe(`${webOrigin}/settings`);
    expect(await whoIs(owner.session)).toMatchObject({
      id: squatter.id,
      role: 'ADMIN',
      hasPassword: false,
    });
    expect(await whoIs(squatterSession)).toBeNull();
    expect(
      (await gql<{ me: Me | null }>(api, { query: me, as: { bearer: squatterToken } })).data?.me,
    ).toBeNull();
    const retry = await gql(api, {
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email: squatter.email, password: squatter.password } },
    });
    expect(retry.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(sessionCookieFrom(retry.headers)).toBeUndefined();
  });

  it('refuses an e-mail address the provider has not verified, linking and creating nothing', async () => {
    const holder = await newPerson(api, { email: 'finance@acme.example' });
    accounts.set('acme-6666', {
      email: 'finance@acme.example',
      email_verified: false,
      name: 'Not Finance',
      roles: ['forum-admins'],
    });
    accounts.set('acme-7777', {
      email: 'newcomer@acme.example',
      email_verified: false,
      name: 'Newcomer',
    });

    for (const subject of ['acme-6666', 'acme-7777']) {
      const attempt = await signInThroughProvider(subject);
      expect(attempt.landing.href).toBe(`${webOrigin}/sign-in?ssoError=ACCESS_DENIED`);
      expect(attempt.session).toBeUndefined();
      expect(
        await query(api, 'SELECT 1 FROM external_identity WHERE subject = $1', [subject]),
      ).toEqual([]);
    }
    expect(await accountsWith('finance@acme.example')).toBe(1);
    expect(await accountsWith('newcomer@acme.example')).toBe(0);
    expect(await identitiesOf(holder.id)).toEqual([]);
    const [row] = await query<{ role: string }>(
      api,
      'SELECT role FROM user_account WHERE id = $1',
      [holder.id],
    );
    expect(row?.role).toBe('member');
  });

  it('does not sign in on a tampered state or in a browser that did not start the sign-in', async () => {
    accounts.set('acme-1234', {
      email: 'paula.weiss@acme.example',
      email_verified: true,
      name: 'Paula Weiss',
    });
    const atCallback = (url: URL) => url.pathname === '/auth/sso/callback';

    const tamperer = browser();
    const genuine = await tamperer.visit(start('/settings'), {
      account: 'acme-1234',
      stopAt: atCallback,
    });
    expect(genuine.searchParams.get('code')).toBeTruthy();
    const tampered = new URL(genuine);
    tampered.searchParams.set('state', 'forged-state-value');
    const refused = await tamperer.visit(tampered);
    expect(refused.origin + refused.pathname).toBe(`${webOrigin}/sign-in`);
    expect(refused.searchParams.get('ssoError')).toBe('SSO_FAILED');
    expect(tamperer.cookie(webOrigin, 'forum_session')).toBeUndefined();

    // A provider redirect delivered to another browser (login CSRF) lacks the `forum_sso` cookie.
    const victim = browser();
    const starter = browser();
    const redirect = await starter.visit(start('/settings'), {
      account: 'acme-1234',
      stopAt: atCallback,
    });
    const planted = await victim.visit(redirect);
    expect(planted.href).toBe(`${webOrigin}/sign-in?ssoError=TOKEN_INVALID`);
    expect(victim.cookie(webOrigin, 'forum_session')).toBeUndefined();
    expect(await accountsWith('paula.weiss@acme.example')).toBe(0);

    // The same redirect in the browser that started the sign-in completes it.
    const completed = await starter.visit(redirect);
    expect(completed.href).toBe(`${webOrigin}/settings`);
    expect(await whoIs(starter.cookie(webOrigin, 'forum_session'))).toMatchObject({
      email: 'paula.weiss@acme.example',
      role: 'MEMBER',
    });
  });

  it('only ever returns to a page of the web app', async () => {
    accounts.set('acme-3333', {
      email: 'tom.richter@acme.example',
      email_verified: true,
      name: 'Tom Richter',
    });
    for (const returnTo of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example/',
      '/\n/evil.example/',
    ]) {
      const { landing, session } = await signInThroughProvider('acme-3333', returnTo);
      expect(landing.href).toBe(`${webOrigin}/`);
      expect(session).toBeDefined();
    }
  });

  it('offers single sign-on among the sign-in options only when it is configured', async () => {
    const options = '{ signInOptions { password sso { label startUrl } } }';
    const configured = await gql(api, { query: options });
    expect(configured.data).toEqual({
      signInOptions: { password: true, sso: { label: buttonLabel, startUrl: '/auth/sso/start' } },
    });

    const plain = await createTestApp([IdentityModule], { WEB_ORIGIN: webOrigin });
    try {
      expect((await gql(plain, { query: options })).data).toEqual({
        signInOptions: { password: true, sso: null },
      });
      const response = await fetch(`${plain.url}/auth/sso/start`, { redirect: 'manual' });
      expect(response.headers.get('location')).toBe(`${webOrigin}/sign-in?ssoError=ACCESS_DENIED`);
    } finally {
      await plain.close();
    }
  });
});
