import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRequest } from './load.js';

/**
 * A pass-through proxy in front of Meilisearch that remembers the search requests the API sends,
 * so the raw baseline sends Meilisearch exactly the same requests.
 */
export async function startMeiliRecorder(target: string): Promise<{
  url: string;
  take(): HttpRequest[];
  close(): Promise<void>;
}> {
  let recorded: HttpRequest[] = [];
  const targetUrl = new URL(target);
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = incoming.url ?? '/';
      if (incoming.method === 'POST' && /\/(multi-search|indexes\/[^/]+\/search)$/.test(path)) {
        recorded.push({
          method: 'POST',
          path,
          headers: {
            'content-type': 'application/json',
            authorization: String(incoming.headers.authorization ?? ''),
          },
          body: body.toString('utf8'),
        });
      }
      const forwarded = http.request(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          path,
          method: incoming.method,
          headers: { ...incoming.headers, host: targetUrl.host },
        },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take: () => {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
