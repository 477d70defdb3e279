import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestApp,
  gql,
  type GraphqlResponse,
  newPerson,
  newSession,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { featureModules } from '@forum/api/composition';

/** The manifest the web app's code generator writes, as the API image ships it. */
const manifestPath = join(
  import.meta.dirname,
  '../../../../libs/web/data-access-graphql/src/generated/persisted-documents.json',
);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;

/** The hash (hex, as clients send it) of the web app's document with this operation. */
function hashOf(operation: string): string {
  const entry = Object.entries(manifest).find(([, text]) =>
    new RegExp(`\\b${operation}\\b`).test(text),
  );
  if (!entry) throw new Error(`the web app has no operation ${operation}`);
  return entry[0].replace(/^sha256:/, '');
}

describe('trusted documents', () => {
  let api: TestApp;
  let browser: TestSession;

  beforeAll(async () => {
    api = await createTestApp(featureModules, {
      TRUSTED_DOCUMENTS: 'required',
      TRUSTED_DOCUMENTS_MANIFEST: manifestPath,
    });
    browser = await newSession(api, await newPerson(api));
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  /** Sends a document by hash only, the way the production web app does. */
  async function byHash<T>(
    hash: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
    });
    const body = (await response.json()) as Pick<GraphqlResponse<T>, 'data' | 'errors'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  const arbitrary = '{ questions(first: 1) { edges { node { id } } } }';

  it('refuses a document the web app was not built with, from anonymous clients and browsers', async () => {
    for (const as of [undefined, browser]) {
      const response = await gql(api, { query: arbitrary, as });
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_REQUEST',
        reason: 'UNTRUSTED_DOCUMENT',
      });
    }
  });

  it("runs the web app's documents sent by hash, and refuses a hash it does not know", async () => {
    const viewer = await byHash<{ me: { id: string } | null }>(
      hashOf('query Viewer'),
      {},
      {
        cookie: browser.cookie,
      },
    );
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.me?.id).toBe(browser.person.id);

    const anonymous = await byHash<{ me: null }>(hashOf('query Viewer'));
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.me).toBeNull();

    const unknown = await byHash('0'.repeat(64));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it("runs the text of a web app's document like its hash", async () => {
    const text = manifest[`sha256:${hashOf('query Viewer')}`]!;
    const response = await gql<{ me: null }>(api, { query: text });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ __typename: 'Query', me: null });
  });

  it('accepts any document within the limits from a client with an API token', async () => {
    const created = await byHash<{ createApiToken: { token: string } }>(
      hashOf('mutation CreateApiToken'),
      { input: { name: 'Reporting', scope: 'READ' } },
      { cookie: browser.cookie },
    );
    expect(created.errors).toBeUndefined();
    const token = created.data!.createApiToken.token;

    const response = await gql<{ questions: { edges: unknown[] } }>(api, {
      query: arbitrary,
      as: { bearer: token },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.questions.edges).toEqual([]);

    // A token that is not one counts as anonymous.
    const forged = await gql(api, { query: arbitrary, as: { bearer: `${token}x` } });
    expect(forged.errors?.[0]?.extensions?.['reason']).toBe('UNTRUSTED_DOCUMENT');

    // The query limits still apply to tokens.
    const aliases = Array.from({ length: 30 }, (_, i) => `h${i}: health { status }`).join(' ');
    const tooMany = await gql(api, { query: `{ ${aliases} }`, as: { bearer: token } });
    expect(tooMany.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ALIASES');
  });
});
