import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** Test helpers: start the worker and the API as the separate processes they run as. */

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A process started from its TypeScript entry, the way `npm start` runs it. */
export class NodeProcess {
  private output = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(
    readonly name: string,
    entry: string,
    env: Record<string, string>,
  ) {
    this.child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', entry], {
      cwd: workspaceRoot,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves once a line of output matches; fails with the output when the process ends first. */
  async waitFor(pattern: RegExp, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(`${this.name} ended before ${pattern}:\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`${this.name} printed no ${pattern} in ${timeoutMs} ms:\n${this.output}`);
      await sleep(100);
    }
  }

  /** Ends the process (SIGKILL: at once, as the OOM killer does) and waits until it is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export const workerEntry = 'apps/worker/src/main.ts';
export const apiEntry = 'apps/api/src/main.ts';

/** The worker on this environment, once it has started its queues. */
export async function startWorker(env: Record<string, string>, name = 'worker') {
  const worker = new NodeProcess(name, workerEntry, { ...env, FORUM_WORKERS: 'on' });
  await worker.waitFor(/Worker started/);
  return worker;
}

/** An API process with no queue workers on this environment, once it listens. */
export async function startApi(env: Record<string, string>, name = 'api') {
  const port = await freePort();
  const api = new NodeProcess(name, apiEntry, {
    ...env,
    HOST: '127.0.0.1',
    PORT: String(port),
    FORUM_WORKERS: 'off',
  });
  await api.waitFor(/API listening/);
  return Object.assign(api, { url: `http://127.0.0.1:${port}` });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls until `read` gives a value `done` accepts; fails with the last value at the deadline. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`gave up after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(200);
  }
}

export const searchQuery =
  'query Search($query: String!) { search(query: $query) { hits { question { id } } } }';

export interface SearchData {
  search: { hits: Array<{ question: { id: string } | null }> };
}
