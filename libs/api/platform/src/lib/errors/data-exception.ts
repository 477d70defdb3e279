import { EdgeErrorReason, ErrorKind } from '@forum/shared/domain';
import { ForumException } from './forum.exception.js';

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx: malformed uuid, number out of range,
 * invalid text encoding): the value the client sent could never be stored, so it is the client's
 * error, not ours. The statement failed, so its transaction changed nothing.
 */
export function asInvalidValue(error: unknown): ForumException | null {
  if (!error || typeof error !== 'object' || !('driverError' in error)) return null;
  const driverError = error.driverError as { code?: unknown } | undefined;
  if (typeof driverError?.code !== 'string' || !driverError.code.startsWith('22')) return null;
  return new ForumException(
    ErrorKind.BadUserInput,
    EdgeErrorReason.InvalidValue,
    'A value has the wrong form for its field (for example an id that is not an id).',
  );
}
