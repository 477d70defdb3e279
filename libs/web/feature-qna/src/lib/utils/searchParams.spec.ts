import {
  readSearchParams,
  searchPageSearch,
  searchPath,
  toSearchFilter,
  toSearchSort,
} from './searchParams';

describe('search page address', () => {
  it('reads several values per facet, and ignores what it does not know', () => {
    const params = readSearchParams(
      new URLSearchParams(
        'q=+invoice+&type=idea&type=answer&product=billing&product=billing&product=&tag=pdf&tag=export&state=solved&state=gone&state=open&status=planned&status=done&staff=maybe&sort=oldest',
      ),
    );
    expect(params).toEqual({
      q: 'invoice',
      sort: 'relevance',
      types: ['idea'],
      products: ['billing'],
      tags: ['pdf', 'export'],
      states: ['open', 'solved'],
      ideaStatuses: ['planned'],
      staff: undefined,
    });
  });

  it('writes the state back without defaults, and reads it the same', () => {
    const search = searchPageSearch({
      q: 'pdf & export',
      products: ['billing'],
      tags: ['pdf', 'export'],
      states: ['solved'],
      staff: false,
      sort: 'top',
    });
    expect(search).toBe(
      '?q=pdf+%26+export&product=billing&tag=pdf&tag=export&state=solved&staff=false&sort=top',
    );
    expect(readSearchParams(new URLSearchParams(search))).toMatchObject({
      q: 'pdf & export',
      staff: false,
      sort: 'top',
    });
    expect(searchPageSearch({ q: '', sort: 'relevance', products: [] })).toBe('');
    expect(searchPath('  password reset ')).toBe('/search?q=password+reset');
    expect(searchPath('')).toBe('/search');
  });

  it('turns the state into the API filter, product slugs into ids', () => {
    const params = readSearchParams(
      new URLSearchParams(
        'type=question&type=idea&product=billing&product=unknown&state=closed&status=shipped&staff=true',
      ),
    );
    expect(toSearchFilter(params, new Map([['billing', 'product-1']]))).toEqual({
      types: ['QUESTION', 'IDEA'],
      products: ['product-1'],
      states: ['CLOSED'],
      ideaStatuses: ['SHIPPED'],
      answeredByStaff: true,
    });
    expect(toSearchFilter(readSearchParams(new URLSearchParams()), new Map())).toEqual({});
    expect(toSearchSort('newest')).toBe('NEWEST');
  });
});
