import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchError } from 'meilisearch';

type HttpClient = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

/**
 * The HTTP transport under the Meilisearch client. The client's default, `fetch`, sends a small
 * request as two TCP segments (head, then body), which meet Nagle's algorithm and delayed ACKs:
 * a query Meilisearch answers in 1 ms took about 44 ms. Node's own HTTP client with keep-alive,
 * no-delay sockets and the body passed to `end()` writes each request in one segment and answers
 * the same query in under 1 ms.
 */
export function createMeilisearchTransport(baseUrl: string): {
  httpClient: HttpClient;
  close(): void;
} {
  const secure = new URL(baseUrl).protocol === 'https:';
  const agent = new (secure ? https : http).Agent({ keepAlive: true, maxSockets: 64 });
  const request = secure ? https.request : http.request;

  const httpClient: HttpClient = (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const body = typeof init.body === 'string' ? Buffer.from(init.body) : undefined;
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      if (body) headers['content-length'] = String(body.length);
      const outgoing = request(
        url,
        { method: init.method ?? 'GET', headers, agent, signal: init.signal ?? undefined },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = incoming.statusCode ?? 500;
            try {
              const parsed: unknown = text === '' ? undefined : JSON.parse(text);
              if (status >= 200 && status < 300) resolve(parsed);
              else
                reject(
                  new MeilisearchApiError(
                    new Response(text, { status, statusText: incoming.statusMessage }),
                    parsed as ConstructorParameters<typeof MeilisearchApiError>[1],
                  ),
                );
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      outgoing.on('socket', (socket) => socket.setNoDelay(true));
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  return { httpClient, close: () => agent.destroy() };
}

/**
 * The Meilisearch error code (`index_not_found`, ...) of a failed call, or undefined for network
 * failures. The client wraps errors from a custom transport once more, so this looks through that.
 */
export function meilisearchErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  while (current instanceof MeilisearchError) {
    if (current instanceof MeilisearchApiError) return current.cause?.code;
    current = current.cause;
  }
  return undefined;
}
