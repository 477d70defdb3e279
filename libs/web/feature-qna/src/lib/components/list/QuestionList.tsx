import {
  useQuery,
  type QuestionFilter,
  type QuestionsQueryVariables,
} from '@forum/web/data-access-graphql';
import { Alert, Button, buttonClassName } from '@forum/web/ui';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ProductsQuery } from '../../graphql/Products';
import { QuestionFacetsQuery } from '../../graphql/QuestionFacets';
import { QuestionsQuery } from '../../graphql/Questions';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import {
  listSearch,
  readListParams,
  SORTS,
  toOrderBy,
  toQuestionFilter,
  type ListParams,
  type QuestionSort,
} from '../../utils/listParams';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { AreaFollow } from './AreaFollow';
import { QuestionFilters } from './QuestionFilters';
import { QuestionRow } from './QuestionRow';
import '../common/common.css';
import './QuestionList.css';

export const QUESTIONS_PAGE_SIZE = 20;

export interface QuestionListProps {
  /** The query string: sort order and filters live in the address, to share and go back to. */
  search: URLSearchParams;
}

/** `/questions`: sorted, filtered, a page at a time. */
export function QuestionList({ search }: QuestionListProps) {
  const { t } = useQnaTranslation();
  const navigate = useNavigate();
  const { state } = useLocation();
  const params = readListParams(search);
  // Set by the question page after its author deleted it.
  const deleted = (state as { qnaNotice?: string } | null)?.qnaNotice === 'questionDeleted';
  const [{ data: productData, error: productError }] = useQuery({
    query: ProductsQuery,
    requestPolicy: 'cache-first',
  });
  const products = productData?.products;
  // The address names a product by its slug; the API filters by id.
  const productId = params.product
    ? products?.find((product) => product.slug === params.product)?.id
    : undefined;
  const ready = !params.product || products !== undefined;
  const filter = toQuestionFilter(params, productId);
  const [{ data: facetData }] = useQuery({
    query: QuestionFacetsQuery,
    variables: { filter },
    pause: !ready,
  });

  const change = (changes: Partial<ListParams>) => {
    void navigate({ search: listSearch({ ...params, ...changes }) });
  };
  const filtered = Boolean(params.state || params.product || params.tag);

  return (
    <div className="forum-qna-page forum-question-list">
      <QnaPageTitle page={t('documentTitle.list')} />
      <div className="forum-question-list__header">
        <div>
          <h1 className="forum-qna-page__title">{t('list.title')}</h1>
          <p className="forum-qna-page__lead">{t('list.lead')}</p>
        </div>
        <Link className={buttonClassName('primary')} to="/questions/ask">
          {t('list.ask')}
        </Link>
      </div>
      {deleted ? <Alert tone="success">{t('list.deleted')}</Alert> : null}
      {productError && !productData ? <QnaErrorAlert error={toQnaError(productError)} /> : null}
      <div className="forum-question-list__layout">
        <QuestionFilters
          params={params}
          products={products ?? []}
          facets={facetData?.questionFacets}
          onChange={change}
        />
        <section className="forum-question-list__results" aria-labelledby="question-sort">
          <AreaFollow tag={params.tag} productSlug={params.product} />
          <nav className="forum-question-list__sort" aria-label={t('list.sortLabel')}>
            <span id="question-sort" className="forum-visually-hidden">
              {t('list.sortLabel')}
            </span>
            <ul>
              {SORTS.map((sort) => (
                <li key={sort}>
                  <Link
                    to={{ search: listSearch({ ...params, sort }) }}
                    aria-current={params.sort === sort ? 'page' : undefined}
                  >
                    {t(`list.sort.${sort}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {ready ? (
            <QuestionPages
              // A new filter or order starts again at the first page.
              key={`${listSearch(params)}|${productId ?? ''}`}
              filter={filter}
              sort={params.sort}
              empty={
                filtered ? (
                  <p className="forum-question-list__empty">
                    {t('list.empty')} <Link to="/questions">{t('list.clearFilters')}</Link>
                  </p>
                ) : (
                  <p className="forum-question-list__empty">{t('list.emptyAll')}</p>
                )
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

interface PageSummary {
  totalCount: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

interface QuestionPagesProps {
  filter: QuestionFilter;
  sort: QuestionSort;
  empty: ReactNode;
}

/** The pages shown so far, each its own query, and "Show more" for the next one. */
function QuestionPages({ filter, sort, empty }: QuestionPagesProps) {
  const { t } = useQnaTranslation();
  // One entry per page shown: null for the first, then each previous page's end cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [summary, setSummary] = useState<PageSummary>();
  const onLastPage = useCallback((page: PageSummary) => setSummary(page), []);
  const nextCursor = summary?.hasNextPage ? summary.endCursor : undefined;

  return (
    <>
      <p className="forum-question-list__count" role="status">
        {summary ? t('list.count', { count: summary.totalCount }) : null}
      </p>
      {summary?.totalCount === 0 ? empty : null}
      <ol className="forum-question-list__rows">
        {cursors.map((after, index) => (
          <QuestionPage
            key={after ?? 'first'}
            variables={{ filter, orderBy: toOrderBy(sort), first: QUESTIONS_PAGE_SIZE, after }}
            sort={sort}
            onLoaded={index === cursors.length - 1 ? onLastPage : undefined}
          />
        ))}
      </ol>
      {nextCursor && !cursors.includes(nextCursor) ? (
        <div className="forum-question-list__more">
          <Button variant="secondary" onClick={() => setCursors([...cursors, nextCursor])}>
            {t('list.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

interface QuestionPageProps {
  variables: QuestionsQueryVariables;
  sort: QuestionSort;
  onLoaded?: (page: PageSummary) => void;
}

function QuestionPage({ variables, sort, onLoaded }: QuestionPageProps) {
  const { t } = useQnaTranslation();
  const [{ data, fetching, error }] = useQuery({ query: QuestionsQuery, variables });
  const questions = data?.questions;

  // The last page tells the list how many there are and where to continue.
  useEffect(() => {
    if (!questions || !onLoaded) return;
    onLoaded({
      totalCount: questions.totalCount,
      endCursor: questions.pageInfo.endCursor,
      hasNextPage: questions.pageInfo.hasNextPage,
    });
  }, [questions, onLoaded]);

  if (!questions) {
    if (error)
      return (
        <li>
          <QnaErrorAlert error={toQnaError(error)} />
        </li>
      );
    return fetching ? <li role="status">{t('loading')}</li> : null;
  }
  return questions.edges.map((edge) => (
    <QuestionRow key={edge.node.id} question={edge.node} sort={sort} />
  ));
}
