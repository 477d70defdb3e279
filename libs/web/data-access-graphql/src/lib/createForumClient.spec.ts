import { gql } from '@urql/core';
import { createForumClient } from './createForumClient';

// A hand-written document keeps this spec independent of the generated operations.
const HealthVersionQuery = gql<{ health: { version: string } | null }>`
  query HealthVersion {
    health {
      version
    }
  }
`;

interface Call {
  url: string;
  init: RequestInit;
}

function recordingFetch(body: unknown) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return {
      status: 200,
      statusText: 'OK',
      headers: {
        get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null),
      },
      text: async () => JSON.stringify(body),
    } as unknown as Response;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('createForumClient', () => {
  it('posts queries as JSON to the same-origin /graphql endpoint', async () => {
    const { fetch, calls } = recordingFetch({ data: { health: null } });
    const client = createForumClient({ fetch });

    await client.query(HealthVersionQuery, {}).toPromise();

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/graphql');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(JSON.parse(String(calls[0]?.init.body))).toMatchObject({
      operationName: 'HealthVersion',
    });
  });

  it('sends only the hash of a generated document when persisted documents are on', async () => {
    const hash = 'a'.repeat(64);
    const Persisted = Object.assign(
      gql<{ health: { version: string } | null }>`
        query HealthPersisted {
          health {
            version
          }
        }
      `,
      { __meta__: { hash: `sha256:${hash}` } },
    );
    const { fetch, calls } = recordingFetch({ data: { health: null } });

    await createForumClient({ fetch, persistedDocuments: true }).query(Persisted, {}).toPromise();
    await createForumClient({ fetch }).query(Persisted, {}).toPromise();

    const [production, development] = calls.map((call) => JSON.parse(String(call.init.body)));
    expect(production).toEqual({
      operationName: 'HealthPersisted',
      variables: {},
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(development.query).toContain('query HealthPersisted');
    expect(development.extensions).toBeUndefined();
  });

  it('turns a failed request into a network error result instead of throwing', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const client = createForumClient({ url: 'http://api.test/graphql', fetch });

    const result = await client.query(HealthVersionQuery, {}).toPromise();

    expect(result.data).toBeUndefined();
    expect(result.error?.networkError?.message).toBe('Failed to fetch');
  });

  it('answers a second cache-first query from the document cache', async () => {
    const { fetch, calls } = recordingFetch({
      data: {
        health: {
          __typename: 'Health',
          version: '1.0.0',
        },
      },
    });
    const client = createForumClient({ fetch, requestPolicy: 'cache-first' });

    await client.query(HealthVersionQuery, {}).toPromise();
    const second = await client.query(HealthVersionQuery, {}).toPromise();

    expect(calls).toHaveLength(1);
    expect(second.data?.health?.version).toBe('1.0.0');
  });
});
