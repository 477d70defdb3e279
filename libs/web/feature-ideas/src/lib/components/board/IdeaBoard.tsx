import { type IdeaOrder, type IdeaStatus, useQuery } from '@forum/web/data-access-graphql';
import { Alert, buttonClassName, Button, Select } from '@forum/web/ui';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { IdeaProductsQuery } from '../../graphql/IdeaProducts';
import { IdeasQuery } from '../../graphql/Ideas';
import { useIdeaRoles } from '../../hooks/useIdeaRoles';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { IdeasPageTitle } from '../common/IdeasPageTitle';
import { IdeaRow } from './IdeaRow';
import '../common/ideas.css';

export const ideaOrders: readonly IdeaOrder[] = ['TOP', 'TRENDING', 'NEWEST'];
export const ideaStatuses: readonly IdeaStatus[] = [
  'UNDER_REVIEW',
  'PLANNED',
  'IN_PROGRESS',
  'SHIPPED',
  'DECLINED',
];

const asOrder = (value: string | null): IdeaOrder =>
  ideaOrders.find((order) => order.toLowerCase() === value) ?? 'TOP';
const asStatus = (value: string | null): IdeaStatus | undefined =>
  ideaStatuses.find((status) => status.toLowerCase() === value);

/** `/ideas?sort=trending&status=planned&product=<id>`: the public board. */
export function IdeaBoard() {
  const { t } = useIdeasTranslation();
  const { managesIdeas } = useIdeaRoles();
  const [search, setSearch] = useSearchParams();
  const orderBy = asOrder(search.get('sort'));
  const status = asStatus(search.get('status'));
  const productId = search.get('product') ?? undefined;
  const [after, setAfter] = useState<Array<string | null>>([null]);
  const [products] = useQuery({ query: IdeaProductsQuery });

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
    setAfter([null]);
  };

  return (
    <section className="ideas-page" aria-labelledby="ideas-title">
      <IdeasPageTitle page={t('documentTitle.board')} />
      <header className="ideas-page__header">
        <div>
          <h1 id="ideas-title">{t('board.title')}</h1>
          <p>{t('board.lead')}</p>
        </div>
        <nav className="ideas-page__actions">
          <Link className={buttonClassName('primary')} to="/ideas/new">
            {t('board.propose')}
          </Link>
          <Link className={buttonClassName('secondary')} to="/ideas/roadmap">
            {t('board.roadmap')}
          </Link>
          {managesIdeas ? (
            <Link className={buttonClassName('secondary')} to="/ideas/insights">
              {t('board.insights')}
            </Link>
          ) : null}
        </nav>
      </header>
      <div className="ideas-filters">
        <Select
          label={t('board.sort')}
          value={orderBy.toLowerCase()}
          onChange={(event) =>
            setParam('sort', event.target.value === 'top' ? '' : event.target.value)
          }
          options={ideaOrders.map((order) => ({
            value: order.toLowerCase(),
            label: t(`board.sorts.${order}`),
          }))}
        />
        <Select
          label={t('board.status')}
          value={status?.toLowerCase() ?? ''}
          onChange={(event) => setParam('status', event.target.value)}
          options={[
            { value: '', label: t('board.allStatuses') },
            ...ideaStatuses.map((value) => ({
              value: value.toLowerCase(),
              label: t(`status.${value}`),
            })),
          ]}
        />
        <Select
          label={t('board.product')}
          value={productId ?? ''}
          onChange={(event) => setParam('product', event.target.value)}
          options={[
            { value: '', label: t('board.allProducts') },
            ...(products.data?.products ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      </div>
      {after.map((cursor, index) => (
        <IdeaPage
          key={`${cursor ?? 'first'}-${index}`}
          variables={{
            orderBy,
            filter: { statuses: status ? [status] : null, productId: productId ?? null },
            after: cursor,
          }}
          isLast={index === after.length - 1}
          onMore={(next) => setAfter((pages) => [...pages, next])}
          showCount={index === 0}
        />
      ))}
    </section>
  );
}

interface IdeaPageProps {
  variables: {
    orderBy: IdeaOrder;
    filter: { statuses: IdeaStatus[] | null; productId: string | null };
    after: string | null;
  };
  isLast: boolean;
  showCount: boolean;
  onMore: (cursor: string) => void;
}

/** One page of the board; the next page is another of these, so earlier ones stay. */
function IdeaPage({ variables, isLast, showCount, onMore }: IdeaPageProps) {
  const { t } = useIdeasTranslation();
  const [{ data, error, fetching }] = useQuery({ query: IdeasQuery, variables });
  if (error && !data) return <Alert tone="error">{t('failed')}</Alert>;
  if (!data) return fetching ? <p role="status">{t('loading')}</p> : null;
  const { edges, totalCount, pageInfo } = data.ideas;
  return (
    <>
      {showCount ? (
        totalCount === 0 ? (
          <p>{t('board.empty')}</p>
        ) : (
          <p>{t('board.count', { count: totalCount })}</p>
        )
      ) : null}
      <ul className="ideas-list">
        {edges.map(({ node }) => (
          <IdeaRow key={node.id} idea={node} />
        ))}
      </ul>
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onMore(pageInfo.endCursor!)}>
          {t('board.more')}
        </Button>
      ) : null}
    </>
  );
}
