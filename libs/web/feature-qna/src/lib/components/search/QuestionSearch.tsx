import { SearchErrorReason } from '@forum/shared/domain';
import {
  useQuery,
  type SearchFilter,
  type SearchQuery as SearchQueryResult,
} from '@forum/web/data-access-graphql';
import { Button, TextField } from '@forum/web/ui';
import { useCallback, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ProductsQuery } from '../../graphql/Products';
import { SearchQuery } from '../../graphql/Search';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import {
  readSearchParams,
  SEARCH_SORTS,
  searchPageSearch,
  toSearchFilter,
  toSearchSort,
  type SearchOrder,
  type SearchParams,
} from '../../utils/searchParams';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { SearchFacets } from './SearchFacets';
import { SearchHitRow } from './SearchHitRow';
import { SearchUnavailable } from './SearchUnavailable';
import '../common/common.css';
import '../list/QuestionList.css';
import './Search.css';

export const SEARCH_PAGE_SIZE = 20;

type Results = SearchQueryResult['search'];

export interface QuestionSearchProps {
  /** The query string: the words, filters and order live in the address. */
  search: URLSearchParams;
}

/** `/search`: hits with the matched words marked, facets to narrow them, a page at a time. */
export function QuestionSearch({ search }: QuestionSearchProps) {
  const { t } = useQnaTranslation();
  const navigate = useNavigate();
  const params = readSearchParams(search);
  const [{ data: productData, error: productError }] = useQuery({
    query: ProductsQuery,
    requestPolicy: 'cache-first',
  });
  const products = productData?.products;
  const productIds = useMemo(
    () => new Map((products ?? []).map((product) => [product.slug, product.id])),
    [products],
  );
  const ready = params.products.length === 0 || products !== undefined;
  const filter = toSearchFilter(params, productIds);
  // Facets, total and time of the latest first page; they stay while the next filter loads, so
  // the ticked box keeps its place and its focus.
  const [summary, setSummary] = useState<Results>();

  const change = (changes: Partial<SearchParams>) => {
    void navigate({ search: searchPageSearch({ ...params, ...changes }) });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = new FormData(event.currentTarget).get('q');
    change({ q: typeof words === 'string' ? words.trim() : '' });
  };
  const filtered =
    params.types.length +
      params.products.length +
      params.tags.length +
      params.states.length +
      params.ideaStatuses.length >
      0 || params.staff !== undefined;

  return (
    <div className="forum-qna-page forum-question-list forum-search">
      <QnaPageTitle
        page={
          params.q ? t('search.documentTitleQuery', { query: params.q }) : t('search.documentTitle')
        }
      />
      <div>
        <h1 className="forum-qna-page__title">{t('search.title')}</h1>
        <p className="forum-qna-page__lead">{t('search.lead')}</p>
      </div>
      <form className="forum-search__form" role="search" onSubmit={submit}>
        <TextField
          // A new address (back, a header search) shows its own words.
          key={params.q}
          label={t('search.field')}
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder={t('search.placeholder')}
          maxLength={200}
        />
        <Button type="submit">{t('search.submit')}</Button>
      </form>
      {productError && !productData ? <QnaErrorAlert error={toQnaError(productError)} /> : null}
      <div className="forum-question-list__layout">
        <SearchFacets
          params={params}
          products={products ?? []}
          facets={summary?.facets}
          onChange={change}
        />
        <section className="forum-question-list__results" aria-labelledby="search-results">
          <h2 id="search-results" className="forum-visually-hidden">
            {t('search.results')}
          </h2>
          <nav className="forum-question-list__sort" aria-label={t('search.sortLabel')}>
            <ul>
              {SEARCH_SORTS.map((sort) => (
                <li key={sort}>
                  <Link
                    to={{ search: searchPageSearch({ ...params, sort }) }}
                    aria-current={params.sort === sort ? 'page' : undefined}
                  >
                    {t(`search.sort.${sort}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {ready ? (
            <SearchPages
              // New words, filters or order start again at the first page.
              key={`${searchPageSearch(params)}|${JSON.stringify(filter)}`}
              query={params.q}
              filter={filter}
              sort={params.sort}
              onFirstPage={setSummary}
              empty={
                <p className="forum-question-list__empty">
                  {t('search.empty')}{' '}
                  {filtered ? (
                    <Link to={{ search: searchPageSearch({ q: params.q, sort: params.sort }) }}>
                      {t('search.clearFilters')}
                    </Link>
                  ) : null}
                </p>
              }
            />
          ) : (
            <p role="status">{t('loading')}</p>
          )}
        </section>
      </div>
    </div>
  );
}

interface SearchPagesProps {
  query: string;
  filter: SearchFilter;
  sort: SearchOrder;
  onFirstPage: (results: Results) => void;
  empty: ReactNode;
}

/** The pages shown so far, each its own query, and "Show more" for the next one. */
function SearchPages({ query, filter, sort, onFirstPage, empty }: SearchPagesProps) {
  const { t } = useQnaTranslation();
  // One entry per page shown: null for the first, then each previous page's end cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [first, setFirst] = useState<Results>();
  const [pageInfos, setPageInfos] = useState<readonly Results['pageInfo'][]>([]);
  const onLoaded = useCallback(
    (index: number, results: Results) => {
      if (index === 0) {
        setFirst(results);
        onFirstPage(results);
      }
      setPageInfos((infos) => {
        const next = [...infos];
        next[index] = results.pageInfo;
        return next;
      });
    },
    [onFirstPage],
  );
  const last = pageInfos[cursors.length - 1];
  const nextCursor = last?.hasNextPage ? last.endCursor : undefined;

  return (
    <>
      <p className="forum-question-list__count" role="status">
        {first ? (
          <>
            {t('search.count', { count: first.total })}{' '}
            <span className="forum-search__took">
              {t('search.took', { ms: first.processingTimeMs })}
            </span>
          </>
        ) : null}
      </p>
      {first?.total === 0 ? empty : null}
      <ol className="forum-search__hits">
        {cursors.map((after, index) => (
          <SearchPage
            key={after ?? 'first'}
            index={index}
            query={query}
            filter={filter}
            sort={sort}
            after={after}
            onLoaded={onLoaded}
          />
        ))}
      </ol>
      {nextCursor && !cursors.includes(nextCursor) ? (
        <div className="forum-question-list__more">
          <Button variant="secondary" onClick={() => setCursors([...cursors, nextCursor])}>
            {t('search.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

interface SearchPageProps {
  /** Which page: 0 for the first. */
  index: number;
  query: string;
  filter: SearchFilter;
  sort: SearchOrder;
  after: string | null;
  onLoaded: (index: number, results: Results) => void;
}

function SearchPage({ index, query, filter, sort, after, onLoaded }: SearchPageProps) {
  const { t } = useQnaTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: { query, filter, sort: toSearchSort(sort), first: SEARCH_PAGE_SIZE, after },
  });
  const results = data?.search;

  useEffect(() => {
    if (results) onLoaded(index, results);
  }, [results, index, onLoaded]);

  if (!results) {
    const failure = toQnaError(error);
    if (failure)
      return (
        <li>
          {failure.reason === SearchErrorReason.SearchUnavailable ? (
            <SearchUnavailable />
          ) : (
            <QnaErrorAlert error={failure} />
          )}
        </li>
      );
    return fetching ? <li role="status">{t('loading')}</li> : null;
  }
  return results.hits.map((hit, index) => <SearchHitRow key={index} hit={hit} />);
}
