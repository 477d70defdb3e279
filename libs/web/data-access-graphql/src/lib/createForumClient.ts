import {
  Client,
  cacheExchange,
  fetchExchange,
  makeOperation,
  mapExchange,
  type Operation,
  type RequestPolicy,
} from '@urql/core';

export interface CreateForumClientOptions {
  /** The GraphQL endpoint; the web app always talks to its own origin, proxied to the API. */
  url?: string;
  /** Replaces the global `fetch`, e.g. with a stub in tests. */
  fetch?: typeof fetch;
  requestPolicy?: RequestPolicy;
  /**
   * Send the hash of each generated document instead of its text (production builds): the API
   * may run only the documents the web app was built with (trusted documents, ADR 0023).
   */
  persistedDocuments?: boolean;
}

/**
 * Names a generated document by the hash the code generator embedded in it (`__meta__.hash`,
 * also the key of `persisted-documents.json`) as Apollo's `persistedQuery` extension; urql's
 * fetch then leaves the query text out. Documents without a hash go out as text.
 */
function sendHashOnly(operation: Operation): Operation {
  const hash = (operation.query as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (operation.kind === 'teardown' || typeof hash !== 'string') return operation;
  const persistedQuery = { version: 1 as const, sha256Hash: hash.replace(/^sha256:/, '') };
  return makeOperation(
    operation.kind,
    { ...operation, extensions: { ...operation.extensions, persistedQuery } },
    operation.context,
  );
}

/**
 * The one GraphQL client of the web app: a document cache in front of `fetch`.
 *
 * `cache-and-network` shows what is cached at once and refreshes it in the background, which
 * suits a forum where answers and votes change while a page is open. Queries go out as POST:
 * the API's CSRF protection rejects simple GET requests that carry no JSON content type.
 */
export function createForumClient({
  url = '/graphql',
  fetch,
  requestPolicy = 'cache-and-network',
  persistedDocuments = false,
}: CreateForumClientOptions = {}): Client {
  return new Client({
    url,
    fetch,
    requestPolicy,
    preferGetMethod: false,
    // Session cookies are HTTP-only and same-origin.
    fetchOptions: { credentials: 'same-origin' },
    // The hash is read before the cache exchange rewrites the document (adding `__typename`).
    exchanges: [
      ...(persistedDocuments ? [mapExchange({ onOperation: sendHashOnly })] : []),
      cacheExchange,
      fetchExchange,
    ],
  });
}
