import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process';
import { existsSync, type FSWatcher, watch } from 'node:fs';

/** One long-running process `npm start` keeps up. */
export interface SupervisedProcess {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Folders whose changes restart the process at once (development's file watching). */
  watch?: string[];
}

export interface SupervisorOptions {
  /** Prints one line for the person at the terminal. */
  say: (line: string) => void;
  /** Wait before the first restart after a crash; it doubles with every further crash. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A process that stayed up this long starts counting crashes from the first delay again. */
  stableAfterMs?: number;
  /** How long a process may take to exit after SIGTERM before it gets SIGKILL. */
  stopTimeoutMs?: number;
  stdio?: StdioOptions;
}

/** The wait before restarting after the n-th crash in a row (n >= 1): first, doubled, capped. */
export function restartDelay(crashes: number, firstMs: number, maxMs: number): number {
  return Math.min(firstMs * 2 ** Math.max(crashes - 1, 0), maxMs);
}

export function formatDelay(ms: number): string {
  return ms % 1_000 === 0 ? `${ms / 1_000} s` : `${ms} ms`;
}

interface Slot {
  spec: SupervisedProcess;
  child?: ChildProcess;
  exited?: Promise<void>;
  startedAt: number;
  crashes: number;
  restartTimer?: NodeJS.Timeout;
  watchers: FSWatcher[];
  /** Set while the process is being stopped for a file change: its exit is no crash. */
  reloading: boolean;
}

/**
 * Keeps child processes running: a process that exits is started again after a back-off (1 s,
 * doubling up to 30 s, from 1 s again once it stayed up a minute), a change in a watched folder
 * restarts it at once, and `stop` ends them all (SIGTERM, then SIGKILL after a timeout).
 */
export class Supervisor {
  private readonly slots: Slot[];
  private stopping = false;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly stableAfterMs: number;
  private readonly stopTimeoutMs: number;

  constructor(
    processes: SupervisedProcess[],
    private readonly options: SupervisorOptions,
  ) {
    this.slots = processes.map((spec) => ({
      spec,
      startedAt: 0,
      crashes: 0,
      watchers: [],
      reloading: false,
    }));
    this.firstDelayMs = options.firstDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.stableAfterMs = options.stableAfterMs ?? 60_000;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  }

  start(): void {
    for (const slot of this.slots) {
      this.launch(slot);
      for (const folder of slot.spec.watch ?? []) {
        const watcher = this.watchFolder(slot, folder);
        if (watcher) slot.watchers.push(watcher);
      }
    }
  }

  /** The process id of a running process, or undefined while it is down. */
  pid(name: string): number | undefined {
    return this.slots.find((slot) => slot.spec.name === name)?.child?.pid;
  }

  /** Stops every process and starts none again. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const slot of this.slots) {
      clearTimeout(slot.restartTimer);
      for (const watcher of slot.watchers) watcher.close();
    }
    await Promise.all(this.slots.map((slot) => this.terminate(slot)));
  }

  private launch(slot: Slot): void {
    slot.restartTimer = undefined;
    const child = spawn(slot.spec.command, slot.spec.args, {
      env: slot.spec.env ?? process.env,
      stdio: this.options.stdio ?? ['ignore', 'inherit', 'inherit'],
    });
    slot.child = child;
    slot.startedAt = Date.now();
    slot.exited = new Promise((resolve) => {
      let done = false;
      const exited = (how: string) => {
        if (done) return;
        done = true;
        resolve();
        this.onExit(slot, child, how);
      };
      child.once('exit', (code, signal) => exited(signal ?? `code ${code}`));
      // A process that could not be spawned at all reports an error and never exits.
      child.once('error', (error) => {
        if (child.pid === undefined) exited(`could not start: ${error.message}`);
      });
    });
  }

  private onExit(slot: Slot, child: ChildProcess, how: string): void {
    if (slot.child !== child) return;
    slot.child = undefined;
    if (this.stopping) return;
    if (slot.reloading) {
      slot.reloading = false;
      this.launch(slot);
      return;
    }
    const stayedUp = Date.now() - slot.startedAt >= this.stableAfterMs;
    slot.crashes = stayedUp ? 1 : slot.crashes + 1;
    const delay = restartDelay(slot.crashes, this.firstDelayMs, this.maxDelayMs);
    this.options.say(`${slot.spec.name} exited (${how}); restarting in ${formatDelay(delay)}`);
    slot.restartTimer = setTimeout(() => this.launch(slot), delay);
  }

  private watchFolder(slot: Slot, folder: string): FSWatcher | undefined {
    if (!existsSync(folder)) return undefined;
    let debounce: NodeJS.Timeout | undefined;
    const watcher = watch(folder, { recursive: true }, () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => void this.reload(slot), 200);
    });
    // Running out of inotify watches ends file watching, not the process.
    watcher.on('error', (error) => {
      this.options.say(`${slot.spec.name}: no longer watching ${folder} (${error.message})`);
      watcher.close();
    });
    return watcher;
  }

  /** After a file change: a running process is stopped and started again; a crashed one now. */
  private async reload(slot: Slot): Promise<void> {
    if (this.stopping || slot.reloading) return;
    this.options.say(`${slot.spec.name}: files changed; restarting`);
    slot.crashes = 0;
    if (slot.restartTimer) {
      clearTimeout(slot.restartTimer);
      this.launch(slot);
      return;
    }
    slot.reloading = true;
    await this.terminate(slot);
  }

  private async terminate(slot: Slot): Promise<void> {
    const child = slot.child;
    if (!child || !slot.exited) return;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      slot.exited.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), this.stopTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.options.say(
        `${slot.spec.name} did not stop within ${formatDelay(this.stopTimeoutMs)}; killing it`,
      );
      child.kill('SIGKILL');
      await slot.exited;
    }
  }
}

/** Stops the supervised processes first, then each service in the order given. */
export async function stopInOrder(
  supervisor: Supervisor,
  services: Array<() => Promise<void>>,
): Promise<void> {
  await supervisor.stop();
  for (const stopService of services) await stopService();
}
