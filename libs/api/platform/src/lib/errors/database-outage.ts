import { Logger } from '@nestjs/common';

/** Error codes of a connection that could not be made or was lost on the way. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLSTATEs of a server that is going away or not there yet: 57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, in recovery).
 */
const unavailableStates = new Set(['57P01', '57P02', '57P03']);

/** What node-postgres and its pool say when a connection ends or cannot be had in time. */
const connectionLostMessage =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether the error means PostgreSQL could not be reached, as opposed to refusing a statement:
 * node-postgres's own error, or the one TypeORM wraps in `driverError`. Causes are not followed,
 * so a refused connection to another service (Meilisearch, SMTP) is not taken for the database.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown } | null)?.driverError;
  return [error, driverError].some((candidate) => {
    if (!candidate || typeof candidate !== 'object') return false;
    const { code, message } = candidate as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (networkCodes.has(code) || unavailableStates.has(code) || code.startsWith('08'))
    ) {
      return true;
    }
    return typeof message === 'string' && connectionLostMessage.test(message);
  });
}

/** How often an ongoing outage checks whether PostgreSQL answers again. */
const probeIntervalMs = 1_000;

/**
 * Logs an outage of PostgreSQL once when requests start failing and once when it answers again,
 * instead of once per failed request. One per process: the error mapping of requests and of the
 * session middleware report here; during an outage a probe asks PostgreSQL every second.
 */
class DatabaseOutage {
  private readonly logger = new Logger('Database');
  private probe: (() => Promise<unknown>) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private since: number | undefined;
  private failedRequests = 0;

  /** How to ask PostgreSQL whether it answers (the database module sets `SELECT 1`). */
  watchWith(probe: (() => Promise<unknown>) | undefined): void {
    this.probe = probe;
    if (!probe) {
      clearTimeout(this.timer);
      this.since = undefined;
    }
  }

  /** A request failed because PostgreSQL could not be reached. */
  unreachable(error: unknown): void {
    this.failedRequests++;
    if (this.since !== undefined) return;
    this.since = Date.now();
    this.failedRequests = 1;
    const { message, code } = error as { message?: string; code?: string };
    this.logger.error(
      { code, reason: message },
      'PostgreSQL unreachable: requests answer SERVICE_UNAVAILABLE (DATABASE_UNAVAILABLE) until it is back',
    );
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), probeIntervalMs);
    this.timer.unref();
  }

  private async check(): Promise<void> {
    if (!this.probe || this.since === undefined) return;
    try {
      await this.probe();
    } catch {
      this.scheduleProbe();
      return;
    }
    this.logger.log(
      { outageMs: Date.now() - this.since, failedRequests: this.failedRequests },
      'PostgreSQL reachable again',
    );
    this.since = undefined;
  }
}

export const databaseOutage = new DatabaseOutage();
