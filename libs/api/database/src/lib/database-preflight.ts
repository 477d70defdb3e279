import type { DatabaseConfig } from '@forum/api/platform';
import pg from 'pg';

/**
 * Connects once and explains a failure in one actionable line, or returns undefined when the
 * database answers. Used before start-up so a wrong DATABASE_URL never ends in a stack trace.
 */
export async function describeDatabaseProblem(config: DatabaseConfig): Promise<string | undefined> {
  const url = new URL(config.url);
  const where = `PostgreSQL at ${url.hostname}:${url.port || 5432}`;
  const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    switch (code) {
      case 'ECONNREFUSED':
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
      case 'ETIMEDOUT':
      case 'EHOSTUNREACH':
        return `Cannot reach ${where} (${code}). Check DATABASE_URL, or unset it and run "npm start" to use the embedded database.`;
      case '28P01':
      case '28000':
        return `${where} rejected the credentials in DATABASE_URL (${message}).`;
      case '3D000':
        return `${where} has no database "${url.pathname.slice(1)}" (from DATABASE_URL); create it first.`;
      default:
        return `Cannot use ${where}: ${message}. Check DATABASE_URL.`;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
