import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@forum/tools/dev-services';

export interface RunningApi {
  url: string;
  pid: number;
  /** Peak resident memory of the API process so far, in MB (VmHWM). */
  peakMemoryMb(): Promise<number>;
  stop(): Promise<void>;
}

/** The production bundle (`dist/apps/api/main.mjs`) in its own process, ready when /readyz says so. */
export async function startApi(env: NodeJS.ProcessEnv): Promise<RunningApi> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/api/main.mjs'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error('The API did not become ready in 60 s');
    await sleep(200);
  }
  return {
    url,
    pid: child.pid!,
    peakMemoryMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
