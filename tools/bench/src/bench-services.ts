import { startDevServices, type DevServices } from '@forum/tools/dev-services';

/**
 * The servers the benchmark runs against: their own data folder and ports, apart from the
 * development database, so `npm start` and the large data set never meet. DATABASE_URL and
 * MEILI_URL point the benchmark at other servers instead.
 */
export function startBenchServices(onLog?: (line: string) => void): Promise<DevServices> {
  return startDevServices({
    dataDir: process.env['FORUM_BENCH_DATA_DIR'] ?? '.data/bench',
    databaseUrl: process.env['DATABASE_URL'] || undefined,
    meiliUrl: process.env['MEILI_URL'] || undefined,
    meiliMasterKey: process.env['MEILI_MASTER_KEY'] || undefined,
    postgresPort: 54339,
    meiliPort: 7710,
    database: 'forum_bench',
    onLog,
  });
}

/** The environment the API and its scripts need to run against the benchmark servers. */
export function apiEnvironment(services: DevServices, extra: Record<string, string> = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey ?? '',
    WEB_ORIGIN: 'http://127.0.0.1:4200',
    // Nothing in the benchmark sends mail; production mode only insists on a server.
    SMTP_URL: 'smtp://127.0.0.1:2525',
    // A handful of members vote and ask from one address as fast as the API answers: the limits
    // are counted (their cost is measured) but set so high that none refuses.
    ...Object.fromEntries(
      ['POST', 'VOTE', 'CHANGE', 'VIEW', 'MAIL', 'SIGN_IN', 'SIGN_UP', 'PER_IP'].map((name) => [
        `WRITE_LIMIT_${name}`,
        '1000000/1s',
      ]),
    ),
    ...extra,
  };
}
