import { Logger } from '@nestjs/common';
import { EdgeErrorReason, ErrorKind } from '@forum/shared/domain';
import type { GraphQLFormattedError } from 'graphql';
import { asTypedDatabaseError } from './data-exception.js';
import { ForumException } from './forum.exception.js';

const logger = new Logger('GraphQLErrors');

/** Codes Apollo Server assigns itself to malformed requests; they are the client's fault. */
const clientErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The single mapping from thrown errors to what clients see. Expected failures keep their message
 * and carry `code` + `reason`; anything unexpected is logged and reported without internals.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const unwrapped = originalErrorOf(error);
  const original = asTypedDatabaseError(unwrapped) ?? unwrapped;
  if (original instanceof ForumException) {
    return { ...asFormattedError(original), locations: formatted.locations, path: formatted.path };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && clientErrorCodes.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...edgeDetails(formatted) },
    };
  }
  logger.error(
    { err: original ?? error, path: formatted.path },
    'Unexpected error in GraphQL request',
  );
  return {
    message: 'Something went wrong on our side. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorKind.Internal },
  };
}

/** An expected failure as GraphQL clients see it: its message, `code` and `reason`. */
function asFormattedError(exception: ForumException): GraphQLFormattedError {
  return {
    message: exception.message,
    extensions: { ...exception.details, code: exception.kind, reason: exception.reason },
  };
}

/**
 * A whole GraphQL response carrying one expected failure, for the few places that answer before
 * GraphQL runs (the identity middleware while the database is unreachable).
 */
export function graphqlErrorResponse(exception: ForumException): {
  errors: GraphQLFormattedError[];
} {
  return { errors: [asFormattedError(exception)] };
}

const edgeReasons = new Set<unknown>(Object.values(EdgeErrorReason));
/** graphql-js refuses a document over `parseOptions.maxTokens` with this message only (sic). */
const tokenLimitMessage = /Document contains more tha[nt] (\d+) tokens/;
/** Apollo refuses a JSON array of operations (`allowBatchedHttpRequests` is off) with this. */
const batchingDisabledMessage = 'Operation batching disabled.';

/**
 * Which guard at the edge refused the operation (a query limit, a NUL character), so clients can
 * tell it from a typo in the query.
 */
function edgeDetails(formatted: GraphQLFormattedError): Record<string, unknown> {
  const extensions = formatted.extensions ?? {};
  if (edgeReasons.has(extensions['reason'])) {
    const { reason, limit, found } = extensions;
    return Object.fromEntries(
      Object.entries({ reason, limit, found }).filter(([, value]) => value !== undefined),
    );
  }
  const tokens = tokenLimitMessage.exec(formatted.message);
  if (tokens) return { reason: EdgeErrorReason.QueryTooLarge, limit: Number(tokens[1]) };
  if (formatted.message === batchingDisabledMessage) {
    return { reason: EdgeErrorReason.BatchingDisabled, limit: 1 };
  }
  return {};
}

function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (
    current &&
    typeof current === 'object' &&
    'originalError' in current &&
    current.originalError
  ) {
    current = current.originalError;
  }
  return current;
}
