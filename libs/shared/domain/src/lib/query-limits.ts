/**
 * Why the API refused to run a GraphQL operation at all (`extensions.reason` beside
 * `extensions.code: GRAPHQL_VALIDATION_FAILED` or `GRAPHQL_PARSE_FAILED`). The error also carries
 * `limit` and `found`.
 */
export const QueryLimitReason = {
  QueryTooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  QueryTooLarge: 'QUERY_TOO_LARGE',
} as const;
export type QueryLimitReason = (typeof QueryLimitReason)[keyof typeof QueryLimitReason];

/** Values no field accepts, refused before any service sees them (`extensions.reason`). */
export const InputReason = {
  /** A NUL character in a string: no text field can store one. */
  NulCharacter: 'NUL_CHARACTER',
  /** A value of the wrong form for its field, such as an id that is not an id. */
  InvalidValue: 'INVALID_VALUE',
} as const;
export type InputReason = (typeof InputReason)[keyof typeof InputReason];
