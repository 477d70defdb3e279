import type { QuestionFilter, QuestionOrder, QuestionState } from '@forum/web/data-access-graphql';

export const SORTS = ['active', 'newest', 'top'] as const;
export type QuestionSort = (typeof SORTS)[number];

/** What the list shows by state; "unanswered" means no answer at all, closed or not. */
export const STATE_FILTERS = ['open', 'answered', 'solved', 'closed', 'unanswered'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

/** The list's state in the address bar: `/questions?sort=top&state=solved&product=billing&tag=pdf`. */
export interface ListParams {
  sort: QuestionSort;
  state?: StateFilter;
  /** A product slug. */
  product?: string;
  /** A tag slug. */
  tag?: string;
}

const orderOf: Record<QuestionSort, QuestionOrder> = {
  active: 'ACTIVE',
  newest: 'NEWEST',
  top: 'TOP',
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** Reads the list's state from the query string; unknown values are ignored. */
export function readListParams(search: URLSearchParams): ListParams {
  return {
    sort: oneOf(SORTS, search.get('sort')) ?? 'active',
    state: oneOf(STATE_FILTERS, search.get('state')),
    product: search.get('product')?.trim() || undefined,
    tag: search.get('tag')?.trim() || undefined,
  };
}

/** The query string for a list state, without defaults: `?state=solved`. */
export function listSearch(params: ListParams): string {
  const search = new URLSearchParams();
  if (params.sort !== 'active') search.set('sort', params.sort);
  if (params.state) search.set('state', params.state);
  if (params.product) search.set('product', params.product);
  if (params.tag) search.set('tag', params.tag);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function toOrderBy(sort: QuestionSort): QuestionOrder {
  return orderOf[sort];
}

/** The API filter for a list state; `productId` is the id of the product the slug names. */
export function toQuestionFilter(
  params: ListParams,
  productId: string | undefined,
): QuestionFilter {
  const filter: QuestionFilter = {};
  if (productId) filter.productId = productId;
  if (params.tag) filter.tag = params.tag;
  if (params.state === 'unanswered') filter.unanswered = true;
  else if (params.state) filter.states = [params.state.toUpperCase() as QuestionState];
  return filter;
}
