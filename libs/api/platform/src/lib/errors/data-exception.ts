import { EdgeErrorReason, ErrorKind } from '@forum/shared/domain';
import { databaseOutage, isDatabaseUnreachable } from './database-outage.js';
import { ForumException } from './forum.exception.js';

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx: malformed uuid, number out of range,
 * invalid text encoding): the value the client sent could never be stored, so it is the client's
 * error, not ours. The statement failed, so its transaction changed nothing.
 */
export function asInvalidValue(error: unknown): ForumException | null {
  if (!sqlStateOf(error)?.startsWith('22')) return null;
  return new ForumException(
    ErrorKind.BadUserInput,
    EdgeErrorReason.InvalidValue,
    'A value has the wrong form for its field (for example an id that is not an id).',
  );
}

/**
 * PostgreSQL cancelled the statement (SQLSTATE 57014, `query_canceled`): it ran past the API's
 * `statement_timeout`. The client asked for more work than one request may do; its transaction
 * rolled back.
 */
export function asRequestTimeout(error: unknown): ForumException | null {
  if (sqlStateOf(error) !== '57014') return null;
  return requestTimeout();
}

/** The typed error of a request that ran out of time, at the database or at its deadline. */
export function requestTimeout(): ForumException {
  return new ForumException(
    ErrorKind.Unavailable,
    EdgeErrorReason.RequestTimeout,
    'The request took too long and was stopped. Ask for less at once, or try again later.',
  );
}

/**
 * PostgreSQL could not be reached (restart, failover, network): the request read and wrote
 * nothing and may be sent again. The outage is logged once, not per request.
 */
export function asDatabaseUnavailable(error: unknown): ForumException | null {
  if (!isDatabaseUnreachable(error)) return null;
  databaseOutage.unreachable(error);
  return databaseUnavailable();
}

export function databaseUnavailable(): ForumException {
  return new ForumException(
    ErrorKind.Unavailable,
    EdgeErrorReason.DatabaseUnavailable,
    'The community is briefly unavailable. Please try again in a few seconds.',
  );
}

/**
 * A database error that is the client's (bad value), the request's (time limit) or the
 * database's (unreachable), typed.
 */
export function asTypedDatabaseError(error: unknown): ForumException | null {
  return asInvalidValue(error) ?? asRequestTimeout(error) ?? asDatabaseUnavailable(error);
}

function sqlStateOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || !('driverError' in error)) return undefined;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
