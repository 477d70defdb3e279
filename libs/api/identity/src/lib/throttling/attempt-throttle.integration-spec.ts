import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, gql, newPerson, type TestApp } from '@forum/api/testing';
import { IdentityModule } from '../identity.module.js';

const signIn = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;

describe('sign-in throttling behind an address the API does not trust as a proxy', () => {
  let api: TestApp;

  beforeAll(async () => {
    // The test client connects from loopback, which is not a trusted proxy here.
    api = await createTestApp([IdentityModule], { TRUSTED_PROXIES: '192.0.2.10' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('ignores X-Forwarded-For from a client, so changing it does not reset the count', async () => {
    const person = await newPerson(api);
    const reasons: string[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      const response = await gql(api, {
        query: signIn,
        variables: { input: { email: person.email, password: `wrong-${attempt}` } },
        headers: { 'x-forwarded-for': `203.0.113.${attempt}` },
      });
      reasons.push(String(response.errors?.[0]?.extensions?.reason));
    }
    expect(reasons.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(reasons.slice(6)).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});
