import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { ssoErrorOf, toForumError } from './forumError';

function apiError(extensions: Record<string, unknown>) {
  return new CombinedError({
    graphQLErrors: [new GraphQLError('English message the web app never shows', { extensions })],
  });
}

describe('toForumError', () => {
  it('reads the reason, never the message', () => {
    expect(toForumError(apiError({ code: 'CONFLICT', reason: 'LAST_ADMIN' }))?.reason).toBe(
      'LAST_ADMIN',
    );
  });

  it('names the offending input fields without the "input." prefix', () => {
    const error = toForumError(
      apiError({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        fields: { 'input.email': ['…'], 'input.productAreas.3': ['…'] },
      }),
    );
    expect([...(error?.fields ?? [])]).toEqual(['email', 'productAreas']);
  });

  it('keeps the details the API sent along', () => {
    const error = toForumError(
      apiError({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 }),
    );
    expect(error?.details).toEqual({ retryAfterSeconds: 30 });
  });

  it('falls back on the kind of error for an unknown reason', () => {
    expect(toForumError(apiError({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' }))?.reason).toBe(
      'ACCESS_DENIED',
    );
    expect(toForumError(apiError({ code: 'INTERNAL_SERVER_ERROR' }))?.reason).toBe('UNKNOWN');
  });

  it('calls an unreachable API a network failure', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(toForumError(error)?.reason).toBe('NETWORK');
  });

  it('is undefined without an error', () => {
    expect(toForumError(undefined)).toBeUndefined();
  });
});

describe('ssoErrorOf', () => {
  it('keeps a known reason and calls anything else a failed single sign-on', () => {
    expect(ssoErrorOf('ACCOUNT_SUSPENDED')?.reason).toBe('ACCOUNT_SUSPENDED');
    expect(ssoErrorOf('<script>')?.reason).toBe('SSO_FAILED');
    expect(ssoErrorOf(undefined)).toBeUndefined();
  });
});
