import { listSearch, readListParams, toQuestionFilter } from './listParams';

describe('list parameters', () => {
  it('reads known values and ignores the rest', () => {
    expect(
      readListParams(new URLSearchParams('sort=top&state=solved&product=billing&tag=pdf')),
    ).toEqual({
      sort: 'top',
      state: 'solved',
      product: 'billing',
      tag: 'pdf',
    });
    expect(readListParams(new URLSearchParams('sort=random&state=<script>'))).toEqual({
      sort: 'active',
      state: undefined,
      product: undefined,
      tag: undefined,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(listSearch({ sort: 'active' })).toBe('');
    expect(listSearch({ sort: 'newest', tag: 'a b' })).toBe('?sort=newest&tag=a+b');
  });

  it('turns "unanswered" into its own filter and states into the API enum', () => {
    expect(toQuestionFilter({ sort: 'active', state: 'unanswered' }, undefined)).toEqual({
      unanswered: true,
    });
    expect(
      toQuestionFilter({ sort: 'active', state: 'solved', product: 'billing', tag: 'pdf' }, 'p-1'),
    ).toEqual({
      states: ['SOLVED'],
      productId: 'p-1',
      tag: 'pdf',
    });
  });
});
