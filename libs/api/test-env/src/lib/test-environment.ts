/** Names of the variables the Jest global setup hands to the test workers. */
export const testEnvironment = {
  runId: 'FORUM_TEST_RUN_ID',
  adminDatabaseUrl: 'FORUM_TEST_ADMIN_DATABASE_URL',
  templateDatabase: 'FORUM_TEST_TEMPLATE_DATABASE',
  meiliUrl: 'FORUM_TEST_MEILI_URL',
  meiliMasterKey: 'FORUM_TEST_MEILI_MASTER_KEY',
} as const;

export function readTestEnvironment() {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(
        `${name} is not set: run integration tests through Jest's global setup (npm test).`,
      );
    return value;
  };
  return {
    runId: read(testEnvironment.runId),
    adminDatabaseUrl: read(testEnvironment.adminDatabaseUrl),
    templateDatabase: read(testEnvironment.templateDatabase),
    meiliUrl: read(testEnvironment.meiliUrl),
    meiliMasterKey: process.env[testEnvironment.meiliMasterKey] || undefined,
  };
}

export function databaseUrlFor(adminDatabaseUrl: string, database: string): string {
  const url = new URL(adminDatabaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
