import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';

export interface LoadResult {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * Drives an HTTP server with `connections` concurrent clients for `seconds`, each request made
 * by `next()` (so every request can ask for something else), with autocannon.
 */
export async function httpLoad(
  url: string,
  connections: number,
  seconds: number,
  next: () => HttpRequest,
): Promise<LoadResult> {
  const latencies = newHistogram();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        pipelining: 1,
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.recordValue(Math.max(1, Math.round(responseTime * 1000)));
    });
  });

  return summary(
    latencies,
    result.requests.total / seconds,
    result.errors + result.non2xx + result.timeouts,
  );
}

/**
 * The same closed loop for work that is not HTTP (SQL straight to PostgreSQL): `connections`
 * workers call `work` back to back for `seconds`; latencies go into an HDR histogram.
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  work: (worker: number) => Promise<unknown>,
): Promise<LoadResult> {
  const histogram = newHistogram();
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await work(worker);
          done += 1;
          histogram.recordValue(Math.max(1, Math.round((performance.now() - started) * 1000)));
        } catch (error) {
          if (errors === 0) process.stderr.write(`closed loop: first error: ${String(error)}\n`);
          errors += 1;
        }
      }
    }),
  );
  return summary(histogram, done / seconds, errors);
}

/** Latencies in microseconds, up to a minute, three significant digits. */
function newHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

function summary(histogram: hdr.Histogram, rps: number, errors: number): LoadResult {
  const ms = (p: number) => round(histogram.getValueAtPercentile(p) / 1000);
  const result = { rps: round(rps, 1), p50_ms: ms(50), p95_ms: ms(95), p99_ms: ms(99), errors };
  histogram.destroy();
  return result;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}
