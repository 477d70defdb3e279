import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SignedTokens } from './signed-tokens.js';

const key = randomBytes(32);
const tokens = (purpose: string | null = null, secret = key) =>
  new SignedTokens(() => Promise.resolve(secret), purpose);

describe('SignedTokens', () => {
  it('opens what it signed', async () => {
    const token = await tokens().sign({ u: 'someone', e: 42 });
    await expect(tokens().open(token)).resolves.toEqual({ u: 'someone', e: 42 });
  });

  it('refuses a token with a changed payload, another key or another purpose', async () => {
    const token = await tokens('a').sign({ u: 'someone' });
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ u: 'admin' })).toString('base64url')}.${signature}`;
    await expect(tokens('a').open(forged)).resolves.toBeNull();
    await expect(tokens('a', randomBytes(32)).open(token)).resolves.toBeNull();
    await expect(tokens('b').open(token)).resolves.toBeNull();
    await expect(tokens(null).open(token)).resolves.toBeNull();
  });

  it('refuses malformed and oversized input without throwing', async () => {
    for (const bad of [undefined, 42, '', 'abc', 'a.b.c', `${'a'.repeat(400)}.b`])
      await expect(tokens().open(bad)).resolves.toBeNull();
    const array = await tokens().sign([1, 2] as unknown as Record<string, unknown>);
    await expect(tokens().open(array)).resolves.toBeNull();
  });

  it('asks for the key again after loading it failed', async () => {
    let calls = 0;
    const flaky = new SignedTokens(() =>
      ++calls === 1 ? Promise.reject(new Error('database down')) : Promise.resolve(key),
    );
    await expect(flaky.sign({ u: 'x' })).rejects.toThrow('database down');
    await expect(flaky.sign({ u: 'x' })).resolves.toContain('.');
    expect(calls).toBe(2);
  });
});
