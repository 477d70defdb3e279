import { graphqlEnum } from '@forum/api/platform';

export const SearchSort = {
  Relevance: 'relevance',
  Newest: 'newest',
  Active: 'active',
  Top: 'top',
} as const;
export type SearchSort = (typeof SearchSort)[keyof typeof SearchSort];

export const SearchSortEnum = graphqlEnum(
  SearchSort,
  'SearchSort',
  'Order of search hits: best RELEVANCE (solved and high-scoring first among equals), NEWEST, recently ACTIVE, TOP score.',
);
