import { Client, cacheExchange, fetchExchange, type RequestPolicy } from '@urql/core';

export interface CreateForumClientOptions {
  /** The GraphQL endpoint; the web app always talks to its own origin, proxied to the API. */
  url?: string;
  /** Replaces the global `fetch`, e.g. with a stub in tests. */
  fetch?: typeof fetch;
  requestPolicy?: RequestPolicy;
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
}: CreateForumClientOptions = {}): Client {
  return new Client({
    url,
    fetch,
    requestPolicy,
    preferGetMethod: false,
    // Session cookies are HTTP-only and same-origin.
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [cacheExchange, fetchExchange],
  });
}
