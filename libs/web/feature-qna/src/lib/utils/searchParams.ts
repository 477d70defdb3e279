import type {
  IdeaStatus,
  PostType,
  QuestionState,
  SearchFilter,
  SearchSort,
} from '@forum/web/data-access-graphql';

export const SEARCH_SORTS = ['relevance', 'newest', 'active', 'top'] as const;
export type SearchOrder = (typeof SEARCH_SORTS)[number];

/** The states search filters by, lower-case like the facet values the API returns. */
export const SEARCH_STATES = ['open', 'answered', 'solved', 'closed'] as const;
export type SearchStateValue = (typeof SEARCH_STATES)[number];

/** The kinds of posts search finds, lower-case like the facet values the API returns. */
export const SEARCH_TYPES = ['question', 'idea'] as const;
export type SearchTypeValue = (typeof SEARCH_TYPES)[number];

/** The idea statuses search filters by, lower-case like the facet values. */
export const SEARCH_IDEA_STATUSES = [
  'under_review',
  'planned',
  'in_progress',
  'shipped',
  'declined',
] as const;
export type SearchIdeaStatusValue = (typeof SEARCH_IDEA_STATUSES)[number];

/** The API takes at most this many values per filter field. */
const MAX_VALUES = 20;

/**
 * The search page's state in the address bar, to share and go back to:
 * `/search?q=invoice&type=question&product=billing&tag=pdf&state=solved&status=planned&sort=newest`.
 * Several values of one facet are alternatives.
 */
export interface SearchParams {
  q: string;
  sort: SearchOrder;
  /** Questions, ideas or (when empty) both. */
  types: SearchTypeValue[];
  /** Product slugs. */
  products: string[];
  /** Tag slugs. */
  tags: string[];
  states: SearchStateValue[];
  ideaStatuses: SearchIdeaStatusValue[];
  /** Only questions staff answered (true) or none did (false); both when absent. */
  staff?: boolean;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))].slice(0, MAX_VALUES);
}

/** Reads the search page's state from the query string; unknown values are ignored. */
export function readSearchParams(search: URLSearchParams): SearchParams {
  const staff = search.get('staff');
  return {
    q: search.get('q')?.trim() ?? '',
    sort: oneOf(SEARCH_SORTS, search.get('sort')) ?? 'relevance',
    types: SEARCH_TYPES.filter((type) => search.getAll('type').includes(type)),
    products: distinct(search.getAll('product')),
    tags: distinct(search.getAll('tag')),
    states: SEARCH_STATES.filter((state) => search.getAll('state').includes(state)),
    ideaStatuses: SEARCH_IDEA_STATUSES.filter((status) => search.getAll('status').includes(status)),
    staff: staff === 'true' ? true : staff === 'false' ? false : undefined,
  };
}

/** The query string for a search state, without defaults: `?q=invoice&state=solved`. */
export function searchPageSearch(params: Partial<SearchParams>): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  for (const type of params.types ?? []) search.append('type', type);
  for (const product of params.products ?? []) search.append('product', product);
  for (const tag of params.tags ?? []) search.append('tag', tag);
  for (const state of params.states ?? []) search.append('state', state);
  for (const status of params.ideaStatuses ?? []) search.append('status', status);
  if (params.staff !== undefined) search.set('staff', String(params.staff));
  if (params.sort && params.sort !== 'relevance') search.set('sort', params.sort);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The search page for a query: `/search?q=password%20reset`. */
export function searchPath(query: string): string {
  return `/search${searchPageSearch({ q: query.trim() })}`;
}

/** The API filter for a search state; `productIds` maps the address's slugs to ids. */
export function toSearchFilter(
  params: SearchParams,
  productIds: ReadonlyMap<string, string>,
): SearchFilter {
  const filter: SearchFilter = {};
  if (params.types.length > 0)
    filter.types = params.types.map((type) => type.toUpperCase() as PostType);
  const products = params.products.flatMap((slug) => productIds.get(slug) ?? []);
  if (products.length > 0) filter.products = products;
  if (params.tags.length > 0) filter.tags = params.tags;
  if (params.states.length > 0)
    filter.states = params.states.map((state) => state.toUpperCase() as QuestionState);
  if (params.ideaStatuses.length > 0)
    filter.ideaStatuses = params.ideaStatuses.map((status) => status.toUpperCase() as IdeaStatus);
  if (params.staff !== undefined) filter.answeredByStaff = params.staff;
  return filter;
}

export function toSearchSort(sort: SearchOrder): SearchSort {
  return sort.toUpperCase() as SearchSort;
}

/** Adds a value to a facet's selection, or takes it away. */
export function toggled<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
}
