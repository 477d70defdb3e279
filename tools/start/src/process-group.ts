import { spawn } from 'node:child_process';

/** The signals that stop `npm start`: Ctrl-C, `kill`, and the terminal closing. */
export const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl-C sends SIGINT to every process in the terminal's foreground process group: PostgreSQL,
 * Meilisearch, the API and the web app would all stop at once, the database before the API that
 * still uses it. So `npm start` runs a copy of itself as the leader of a new process group and
 * passes the stop signals on to that copy alone, which stops its processes in order.
 *
 * Returns true in the launcher, which then only waits and exits with the copy's exit code; false
 * in the copy, which does the work. The copy keeps an IPC channel to the launcher, so it notices
 * (its `disconnect` event) when the launcher is killed outright and stops everything too.
 */
export function relaunchInOwnProcessGroup(): boolean {
  if (process.channel) return false;
  const copy = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const forward = (signal: NodeJS.Signals) => copy.kill(signal);
  for (const signal of stopSignals) process.on(signal, forward);
  copy.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return true;
}
