import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { toQnaError } from './qnaError';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('English only', { extensions })] });

describe('toQnaError', () => {
  it('reads the Q&A reasons and the offending fields', () => {
    const error = toQnaError(
      apiError({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        fields: { 'input.title': ['…'], 'input.tags.2': ['…'] },
      }),
    );
    expect(error?.reason).toBe('VALIDATION_FAILED');
    expect([...(error?.fields ?? [])]).toEqual(['title', 'tags']);
    expect(toQnaError(apiError({ code: 'CONFLICT', reason: 'QUESTION_CLOSED' }))?.reason).toBe(
      'QUESTION_CLOSED',
    );
  });

  it('falls back on the kind of error, and on NETWORK without an answer', () => {
    expect(toQnaError(apiError({ code: 'FORBIDDEN', reason: 'NEW_THING' }))?.reason).toBe(
      'ACCESS_DENIED',
    );
    expect(
      toQnaError(new CombinedError({ networkError: new TypeError('Failed to fetch') }))?.reason,
    ).toBe('NETWORK');
  });

  it('reads a database outage or a timed-out request as UNAVAILABLE, and keeps search its own', () => {
    for (const reason of ['DATABASE_UNAVAILABLE', 'REQUEST_TIMEOUT'])
      expect(toQnaError(apiError({ code: 'SERVICE_UNAVAILABLE', reason }))?.reason).toBe(
        'UNAVAILABLE',
      );
    expect(
      toQnaError(apiError({ code: 'SERVICE_UNAVAILABLE', reason: 'SEARCH_UNAVAILABLE' }))?.reason,
    ).toBe('SEARCH_UNAVAILABLE');
  });
});
