import {
  Client,
  cacheExchange,
  fetchExchange,
  makeOperation,
  mapExchange,
  type Operation,
  type RequestPolicy,
  subscriptionExchange,
} from '@urql/core';
import type { Client as SocketClient } from 'graphql-ws';
import { attachLiveConnection, LiveConnection } from './liveConnection';

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
  /**
   * Subscriptions over a WebSocket (`graphql-ws`) to the same origin's `/graphql`, authenticated by
   * the session cookie. Without it, subscriptions never start and live components poll.
   */
  live?: boolean | LiveSocketOptions;
}

export interface LiveSocketOptions {
  /** ws(s):// address of the endpoint; by default the page's own origin with `url`'s path. */
  url?: string;
  /** Replaces the global WebSocket, e.g. in tests. */
  webSocketImpl?: unknown;
}

/** The page's own origin, as ws:// or wss://, with the endpoint's path. */
function sameOriginSocketUrl(path: string): string {
  const address = new URL(path, globalThis.location.href);
  address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
  return address.toString();
}

/**
 * The socket for subscriptions. Its code loads with the first subscription (it is not part of the
 * first page); it opens then and closes shortly after the last; a lost connection is retried with
 * back-off, and its state tells components to poll meanwhile.
 */
function liveExchange(path: string, options: LiveSocketOptions, connection: LiveConnection) {
  let socket: Promise<SocketClient> | undefined;
  const openSocket = () =>
    (socket ??= import('graphql-ws').then(({ createClient }) =>
      createClient({
        url: options.url ?? sameOriginSocketUrl(path),
        webSocketImpl: options.webSocketImpl,
        lazy: true,
        lazyCloseTimeout: 3_000,
        // A proxy that swallows the upgrade must not leave the page waiting: it polls instead.
        connectionAckWaitTimeout: 10_000,
        retryAttempts: 8,
        shouldRetry: () => true,
        on: {
          connecting: () => connection.set('connecting'),
          connected: () => connection.set('open'),
          closed: () => connection.set('closed'),
        },
      }),
    ));
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => {
        let unsubscribe: (() => void) | undefined;
        let cancelled = false;
        openSocket().then(
          (client) => {
            // A persisted document goes out as its hash with an empty query, as over HTTP.
            if (!cancelled)
              unsubscribe = client.subscribe({ ...request, query: request.query ?? '' }, sink);
          },
          (error: unknown) => {
            connection.set('closed');
            sink.error(error);
          },
        );
        return {
          unsubscribe: () => {
            cancelled = true;
            unsubscribe?.();
          },
        };
      },
    }),
  });
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
  live = false,
}: CreateForumClientOptions = {}): Client {
  const connection = live ? new LiveConnection() : null;
  const client = new Client({
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
      ...(connection ? [liveExchange(url, live === true ? {} : live || {}, connection)] : []),
      fetchExchange,
    ],
  });
  if (connection) attachLiveConnection(client, connection);
  return client;
}
