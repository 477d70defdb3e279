import { describe, expect, it } from '@jest/globals';
import { inLockOrder } from './idea-lock.js';

describe('inLockOrder', () => {
  it('locks two ideas in the same order whichever merges into which', () => {
    const a = '1dea0001-0000-4000-8000-000000000001';
    const b = '1dea0001-0000-4000-8000-000000000002';
    expect(inLockOrder([a, b])).toEqual([a, b]);
    expect(inLockOrder([b, a])).toEqual([a, b]);
  });

  it('leaves the list it was given as it was', () => {
    const ids = ['b', 'a'];
    inLockOrder(ids);
    expect(ids).toEqual(['b', 'a']);
  });
});
