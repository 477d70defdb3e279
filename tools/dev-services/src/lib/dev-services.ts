import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { startEmbeddedMeilisearch } from './embedded-meilisearch.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface DevServicesOptions {
  /** Root folder for the services' data (`.data` by default). */
  dataDir: string;
  /** Use this PostgreSQL instead of starting one. */
  databaseUrl?: string;
  /** Use this Meilisearch instead of starting one. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  postgresPort?: number;
  meiliPort?: number;
  database?: string;
  onLog?: (line: string) => void;
}

export interface DevServices {
  databaseUrl: string;
  /** Maintenance-database URL of a started PostgreSQL; undefined when an outside server is used. */
  adminDatabaseUrl?: string;
  meiliUrl: string;
  meiliMasterKey?: string;
  /** What this call started (and `stop` ends). */
  started: Array<'postgres' | 'meilisearch'>;
  stop(): Promise<void>;
}

export const devDefaults = {
  postgresPort: 54329,
  meiliPort: 7700,
  database: 'forum',
  meiliMasterKey: 'forum-development-master-key',
};

/**
 * The servers the product needs: the ones given by URL are used as they are, the others are
 * started from npm packages with their data under `dataDir`, and a server that is already
 * answering on the development port (another `npm start`) is shared rather than started twice.
 */
export async function startDevServices(options: DevServicesOptions): Promise<DevServices> {
  const dataDir = resolve(options.dataDir);
  const stops: Array<() => Promise<void>> = [];
  const started: DevServices['started'] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
    stops.length = 0;
  };
  try {
    let databaseUrl = options.databaseUrl;
    let adminDatabaseUrl: string | undefined;
    const postgresPort = options.postgresPort ?? devDefaults.postgresPort;
    const database = options.database ?? devDefaults.database;
    if (!databaseUrl && (await isListening(postgresPort))) {
      databaseUrl = `postgres://forum:forum@127.0.0.1:${postgresPort}/${database}`;
    }
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: postgresPort,
        database,
        onLog: options.onLog,
      });
      stops.push(postgres.stop);
      started.push('postgres');
      databaseUrl = postgres.url;
      adminDatabaseUrl = postgres.adminUrl;
    }
    let meiliUrl = options.meiliUrl;
    let meiliMasterKey = options.meiliMasterKey ?? devDefaults.meiliMasterKey;
    const meiliPort = options.meiliPort ?? devDefaults.meiliPort;
    if (!meiliUrl && (await isListening(meiliPort))) {
      meiliUrl = `http://127.0.0.1:${meiliPort}`;
    }
    if (!meiliUrl) {
      const meilisearch = await startEmbeddedMeilisearch({
        dataDir: join(dataDir, 'meilisearch'),
        port: meiliPort,
        masterKey: meiliMasterKey,
        onLog: options.onLog,
      });
      stops.push(meilisearch.stop);
      started.push('meilisearch');
      meiliUrl = meilisearch.url;
      meiliMasterKey = meilisearch.masterKey;
    }
    return { databaseUrl, adminDatabaseUrl, meiliUrl, meiliMasterKey, started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    const answer = (listening: boolean) => {
      socket.destroy();
      resolvePromise(listening);
    };
    socket.setTimeout(1_000);
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
    socket.once('timeout', () => answer(false));
  });
}
