import { describe, expect, it } from '@jest/globals';
import { inRequestedOrder } from './in-requested-order.js';

describe('inRequestedOrder', () => {
  it('orders the rows as asked, with null for ids no row has', () => {
    const rows = [{ id: 'b' }, { id: 'a' }];
    expect(inRequestedOrder(['a', 'x', 'b', 'a'], rows)).toEqual([
      { id: 'a' },
      null,
      { id: 'b' },
      { id: 'a' },
    ]);
  });
});
