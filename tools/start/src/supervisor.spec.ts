import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { restartDelay, stopInOrder, type SupervisedProcess, Supervisor } from './supervisor.js';

// Real child processes: small Node.js scripts that crash, run, or ignore SIGTERM.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const node = (name: string, script: string, extra: Partial<SupervisedProcess> = {}) => ({
  name,
  command: process.execPath,
  args: ['-e', script],
  ...extra,
});
/** Runs until killed, after leaving a file named after its pid once its handlers are set. */
const longRunning = (setup = '') =>
  `${setup}; require('node:fs').writeFileSync(${JSON.stringify(dir)} + '/' + process.pid, ''); setInterval(() => {}, 1000);`;

function recorder() {
  const lines: Array<{ at: number; line: string }> = [];
  return { lines, say: (line: string) => lines.push({ at: Date.now(), line }) };
}

async function until<T>(check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const ready = (supervisor: Supervisor, name: string) =>
  until(() => {
    const pid = supervisor.pid(name);
    return pid !== undefined && existsSync(join(dir, String(pid))) && pid;
  });

describe('restartDelay', () => {
  it('starts at the first delay, doubles with every crash and stops at the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => restartDelay(n, 1_000, 30_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});

describe('Supervisor', () => {
  it('restarts a crashing process with a growing back-off and says so in one line each', async () => {
    const { lines, say } = recorder();
    const supervisor = new Supervisor([node('crasher', 'process.exit(3)')], {
      say,
      firstDelayMs: 100,
      maxDelayMs: 400,
      stdio: 'ignore',
    });
    supervisor.start();
    await until(() => lines.length >= 5);
    await supervisor.stop();

    expect(lines.slice(0, 5).map((l) => l.line)).toEqual([
      'crasher exited (code 3); restarting in 100 ms',
      'crasher exited (code 3); restarting in 200 ms',
      'crasher exited (code 3); restarting in 400 ms',
      'crasher exited (code 3); restarting in 400 ms',
      'crasher exited (code 3); restarting in 400 ms',
    ]);
    // Each crash came at least the announced wait after the one before.
    const waits = [100, 200, 400, 400];
    waits.forEach((wait, i) =>
      expect(lines[i + 1]!.at - lines[i]!.at).toBeGreaterThanOrEqual(wait),
    );
  });

  it('counts from the first delay again after the process stayed up long enough', async () => {
    const { lines, say } = recorder();
    const supervisor = new Supervisor([node('flaky', 'setTimeout(() => process.exit(1), 300)')], {
      say,
      firstDelayMs: 100,
      maxDelayMs: 1_000,
      stableAfterMs: 200,
      stdio: 'ignore',
    });
    supervisor.start();
    await until(() => lines.length >= 3);
    await supervisor.stop();
    expect(lines.slice(0, 3).map((l) => l.line)).toEqual([
      'flaky exited (code 1); restarting in 100 ms',
      'flaky exited (code 1); restarting in 100 ms',
      'flaky exited (code 1); restarting in 100 ms',
    ]);
  });

  it('starts a process killed by its pid again, under a new pid', async () => {
    const { lines, say } = recorder();
    const supervisor = new Supervisor([node('api', longRunning())], {
      say,
      firstDelayMs: 100,
    });
    supervisor.start();
    const first = await ready(supervisor, 'api');
    process.kill(first, 'SIGKILL');
    const second = await until(() => {
      const pid = supervisor.pid('api');
      return pid !== first && pid !== undefined && existsSync(join(dir, String(pid))) && pid;
    });
    await supervisor.stop();

    expect(lines.map((l) => l.line)).toEqual(['api exited (SIGKILL); restarting in 100 ms']);
    expect(second).not.toBe(first);
    expect(alive(second)).toBe(false);
  });

  it('stops the supervised processes before any service, and each service in order', async () => {
    const { say } = recorder();
    const supervisor = new Supervisor([node('api', longRunning()), node('web', longRunning())], {
      say,
    });
    supervisor.start();
    const pids = [await ready(supervisor, 'api'), await ready(supervisor, 'web')];
    const seen: string[] = [];
    await stopInOrder(supervisor, [
      async () => {
        seen.push(`mail: children alive ${pids.filter(alive).length}`);
      },
      async () => {
        seen.push('database');
      },
    ]);
    expect(seen).toEqual(['mail: children alive 0', 'database']);
  });

  it('kills a process that ignores SIGTERM once the stop timeout has passed', async () => {
    const { lines, say } = recorder();
    const supervisor = new Supervisor(
      [node('stubborn', longRunning("process.on('SIGTERM', () => {})"))],
      { say, stopTimeoutMs: 300 },
    );
    supervisor.start();
    const pid = await ready(supervisor, 'stubborn');
    const started = Date.now();
    await supervisor.stop();

    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(alive(pid)).toBe(false);
    expect(lines.map((l) => l.line)).toEqual(['stubborn did not stop within 300 ms; killing it']);
  });

  it('restarts a process at once when a file in a watched folder changes', async () => {
    const { lines, say } = recorder();
    const watched = mkdtempSync(join(dir, 'src-'));
    const supervisor = new Supervisor([node('api', longRunning(), { watch: [watched] })], {
      say,
      firstDelayMs: 5_000,
    });
    supervisor.start();
    const first = await ready(supervisor, 'api');
    writeFileSync(join(watched, 'changed.ts'), 'export {};');
    const second = await until(() => {
      const pid = supervisor.pid('api');
      return pid !== first && pid !== undefined && existsSync(join(dir, String(pid))) && pid;
    });
    await supervisor.stop();

    expect(alive(first)).toBe(false);
    expect(second).not.toBe(first);
    expect(lines.map((l) => l.line)).toEqual(['api: files changed; restarting']);
  });
});
