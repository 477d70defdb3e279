/**
 * The kind of failure a GraphQL client sees in `extensions.code`. Stable across releases: the web
 * app and integrations switch on these, never on message text.
 */
export const ErrorKind = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  Unavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];
