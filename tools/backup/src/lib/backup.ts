import { spawn } from 'node:child_process';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { clientMajorVersion, findPgClientTools } from './pg-client-tools.js';

export interface BackupResult {
  file: string;
  bytes: number;
}

export class RestoreRefusedError extends Error {}

/**
 * Dumps the whole database (the forum's tables and the `pgboss` job queue) in pg_dump's custom
 * format, which pg_restore reads selectively and in parallel. The file appears only complete.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupResult> {
  const { pgDump } = await findPgClientTools();
  await requireClientForServer(pgDump, databaseUrl);
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await run(pgDump, ['--format=custom', '--compress=6', `--file=${partial}`], databaseUrl);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size };
}

export interface RestoreOptions {
  /** Restore over the objects of a database that is not empty (pg_restore --clean). */
  force?: boolean;
}

/**
 * Restores a custom-format dump into the database of `databaseUrl`, creating it when it does not
 * exist. Refuses a database that already has tables unless `force` is given; the restore runs in
 * one transaction, so a failure leaves the database as it was.
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  options: RestoreOptions = {},
): Promise<void> {
  const { pgRestore } = await findPgClientTools();
  await stat(file);
  await createDatabaseIfMissing(databaseUrl);
  await requireClientForServer(pgRestore, databaseUrl);
  const relations = await userRelationCount(databaseUrl);
  if (relations > 0 && !options.force) {
    throw new RestoreRefusedError(
      `the database ${databaseName(databaseUrl)} is not empty (${relations} tables, views or sequences): ` +
        'restore into a new, empty database, or pass --force to replace the objects the backup holds',
    );
  }
  await run(
    pgRestore,
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      ...(relations > 0 ? ['--clean', '--if-exists'] : []),
      file,
    ],
    databaseUrl,
  );
}

/** Rebuilds the search index from the restored database with the API's own `search-index reindex`. */
export async function reindexSearch(
  env: Record<string, string | undefined>,
  databaseUrl: string,
): Promise<void> {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  await spawnChecked(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'apps/api/src/search-index.ts', 'reindex'],
    { ...env, DATABASE_URL: databaseUrl },
    root,
  );
}

/** pg_dump and pg_restore refuse a server of a newer major version; say so before they start. */
async function requireClientForServer(tool: string, databaseUrl: string): Promise<void> {
  const [client, server] = await Promise.all([
    clientMajorVersion(tool),
    withClient(databaseUrl, async (db) => {
      const { rows } = await db.query<{ version: string }>('SHOW server_version_num');
      return Math.floor(Number(rows[0]?.version) / 10_000);
    }),
  ]);
  if (client < server) {
    throw new Error(
      `${tool} is PostgreSQL ${client}, the server is ${server}: set PG_BIN_DIR to a PostgreSQL ${server} client`,
    );
  }
}

/** Tables, views, sequences and other relations outside PostgreSQL's own schemas. */
async function userRelationCount(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`,
    );
    return rows[0]?.count ?? 0;
  });
}

async function createDatabaseIfMissing(databaseUrl: string): Promise<void> {
  try {
    await withClient(databaseUrl, async () => undefined);
    return;
  } catch (error) {
    // 3D000: the database does not exist; anything else (a wrong password) is for the caller.
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), (db) =>
    db.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseName(databaseUrl))}`),
  );
}

function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

async function withClient<T>(url: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/**
 * Runs pg_dump or pg_restore against the database. The password goes in PGPASSWORD rather than
 * on the command line, where other users of the machine could read it.
 */
function run(tool: string, args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return spawnChecked(tool, [`--dbname=${url.toString()}`, ...args], {
    ...process.env,
    ...(password ? { PGPASSWORD: password } : {}),
  });
}

function spawnChecked(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd?: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command.split('/').pop()} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
