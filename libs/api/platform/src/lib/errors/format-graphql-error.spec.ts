import { describe, expect, it } from '@jest/globals';
import { ErrorKind } from '@forum/shared/domain';
import { GraphQLError } from 'graphql';
import { ForumException } from './forum.exception.js';
import { formatGraphqlError } from './format-graphql-error.js';

/** An error the way TypeORM wraps what node-postgres raised. */
function queryFailed(driverError: Record<string, unknown>): Error {
  return Object.assign(new Error(String(driverError['message'])), { driverError });
}

describe('formatGraphqlError', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'an administrator shutdown (57P01)',
      queryFailed({
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
    ],
    [
      'a server starting up (57P03)',
      queryFailed({ code: '57P03', message: 'the database system is starting up' }),
    ],
    [
      'a connection exception (08006)',
      queryFailed({ code: '08006', message: 'connection failure' }),
    ],
    ['a lost connection', queryFailed({ message: 'Connection terminated unexpectedly' })],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
  ])('answers SERVICE_UNAVAILABLE with reason DATABASE_UNAVAILABLE for %s', (_, cause) => {
    const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['questions'] });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped)).toEqual({
      message: 'The community is briefly unavailable. Please try again in a few seconds.',
      path: ['questions'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('does not take a refused connection to another service for the database', () => {
    const meilisearch = new Error('request failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), {
        code: 'ECONNREFUSED',
      }),
    });
    const wrapped = new GraphQLError(meilisearch.message, { originalError: meilisearch });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('leaves other database errors unexpected', () => {
    const cause = queryFailed({ code: '23505', message: 'duplicate key value' });
    const wrapped = new GraphQLError(cause.message, { originalError: cause });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('maps a domain exception to its kind and reason', () => {
    const domain = new ForumException(
      ErrorKind.Conflict,
      'ANSWER_ALREADY_ACCEPTED',
      'Already accepted.',
    );
    const wrapped = new GraphQLError(domain.message, {
      originalError: domain,
      path: ['acceptAnswer'],
    });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped)).toEqual({
      message: 'Already accepted.',
      path: ['acceptAnswer'],
      extensions: { code: 'CONFLICT', reason: 'ANSWER_ALREADY_ACCEPTED' },
    });
  });

  it('keeps details such as the offending fields', () => {
    const domain = new ForumException(
      ErrorKind.BadUserInput,
      'VALIDATION_FAILED',
      'Invalid input.',
      {
        fields: { title: ['too short'] },
      },
    );
    const wrapped = new GraphQLError(domain.message, { originalError: domain });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
      fields: { title: ['too short'] },
    });
  });

  it('passes through errors Apollo raises for malformed requests', () => {
    const invalid = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatGraphqlError(invalid.toJSON(), invalid)).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('hides the internals of unexpected errors', () => {
    const crash = new GraphQLError("Cannot read properties of undefined (reading 'secret')", {
      originalError: new TypeError("Cannot read properties of undefined (reading 'secret')"),
    });
    const formatted = formatGraphqlError(crash.toJSON(), crash);
    expect(formatted.message).not.toContain('secret');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it("reports a value PostgreSQL cannot read as the client's error", () => {
    const malformed = Object.assign(new Error('invalid input syntax for type uuid: "x"'), {
      driverError: { code: '22P02' },
    });
    const wrapped = new GraphQLError(malformed.message, {
      originalError: malformed,
      path: ['question'],
    });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped)).toEqual({
      message: expect.stringContaining('wrong form'),
      path: ['question'],
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
    });
  });

  it('reports a statement PostgreSQL cancelled at its time limit as REQUEST_TIMEOUT', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    const wrapped = new GraphQLError(cancelled.message, {
      originalError: cancelled,
      path: ['questions'],
    });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped)).toEqual({
      message: expect.stringContaining('took too long'),
      path: ['questions'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_TIMEOUT' },
    });
  });

  it('names a refused batch of operations', () => {
    const batch = new GraphQLError('Operation batching disabled.', {
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(formatGraphqlError(batch.toJSON(), batch).extensions).toEqual({
      code: 'BAD_REQUEST',
      reason: 'BATCHING_DISABLED',
      limit: 1,
    });
  });

  it('keeps the limit a refused operation hit', () => {
    const refused = new GraphQLError('Too deep.', {
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'QUERY_TOO_DEEP',
        limit: 10,
        found: 34,
      },
    });
    expect(formatGraphqlError(refused.toJSON(), refused).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'QUERY_TOO_DEEP',
      limit: 10,
      found: 34,
    });
  });
});
