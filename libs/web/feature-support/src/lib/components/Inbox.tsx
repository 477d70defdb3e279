import { useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { Alert, Button } from '@forum/web/ui';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExpertInboxCountsQuery, ExpertInboxQuery } from '../graphql/Desk';
import { useSupportTranslation } from '../hooks/useSupportTranslation';
import { isDeskStaff } from '../utils/clock';
import { InboxRow } from './InboxRow';
import { PageTitle } from './PageTitle';
import './support.css';

export const INBOX_PAGE_SIZE = 20;

export const inboxFilters = [
  'MINE',
  'UNCLAIMED',
  'MY_AREAS',
  'ALL_AREAS',
  'WAITING_ON_CUSTOMER',
  'BREACHED',
] as const;
export type InboxFilterName = (typeof inboxFilters)[number];

const countKey = {
  MINE: 'mine',
  UNCLAIMED: 'unclaimed',
  MY_AREAS: 'myAreas',
  ALL_AREAS: null,
  WAITING_ON_CUSTOMER: 'waitingOnCustomer',
  BREACHED: 'breached',
} as const;

const context = { additionalTypenames: ['SupportCase'] };

/** `/inbox`: the questions waiting for a first response, for experts, moderators and admins. */
export function Inbox() {
  const { t } = useSupportTranslation();
  return (
    <SignedInOnly returnTo="/inbox" unreachable={<Alert tone="error">{t('inbox.failed')}</Alert>}>
      {(viewer) => (
        <>
          <PageTitle page={t('inbox.documentTitle')} />
          {isDeskStaff(viewer.role) ? (
            <InboxBody viewerId={viewer.id} />
          ) : (
            <Alert tone="error">{t('inbox.staffOnly')}</Alert>
          )}
        </>
      )}
    </SignedInOnly>
  );
}

function InboxBody({ viewerId }: { viewerId: string }) {
  const { t } = useSupportTranslation();
  const [params] = useSearchParams();
  const asked = params.get('view');
  const filter = inboxFilters.find((name) => name === asked) ?? 'MY_AREAS';
  const [{ data: counts }] = useQuery({
    query: ExpertInboxCountsQuery,
    requestPolicy: 'cache-and-network',
    context,
  });
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [pagesOf, setPagesOf] = useState(filter);
  if (pagesOf !== filter) {
    setPagesOf(filter);
    setPages([null]);
  }
  return (
    <div className="inbox">
      <h1>{t('inbox.title')}</h1>
      <p>{t('inbox.intro')}</p>
      <nav aria-label={t('inbox.filters')}>
        <ul className="inbox__filters">
          {inboxFilters.map((name) => {
            const key = countKey[name];
            const count = key ? counts?.expertInboxCounts[key] : undefined;
            const label = t(`inbox.filter_${name}`);
            return (
              <li key={name}>
                <Link
                  to={`/inbox?view=${name}`}
                  aria-current={name === filter ? 'page' : undefined}
                  className="inbox__filter"
                >
                  {count === undefined ? label : t('inbox.filterCount', { label, count })}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <section aria-label={t('inbox.questions')}>
        {pages.map((after, index) => (
          <InboxPage
            key={after ?? 'first'}
            filter={filter}
            after={after}
            viewerId={viewerId}
            first={index === 0}
            onMore={
              index === pages.length - 1
                ? (cursor) => setPages((shown) => [...shown, cursor])
                : undefined
            }
          />
        ))}
      </section>
    </div>
  );
}

function InboxPage({
  filter,
  after,
  viewerId,
  first,
  onMore,
}: {
  filter: InboxFilterName;
  after: string | null;
  viewerId: string;
  first: boolean;
  onMore?: (cursor: string) => void;
}) {
  const { t } = useSupportTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: ExpertInboxQuery,
    variables: { filter, first: INBOX_PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
    context,
  });
  if (!data) {
    if (error) return <Alert tone="error">{t('inbox.failed')}</Alert>;
    return fetching ? <p role="status">{t('inbox.loading')}</p> : null;
  }
  const { edges, pageInfo } = data.expertInbox;
  if (first && edges.length === 0) return <p>{t('inbox.empty')}</p>;
  const now = new Date();
  return (
    <>
      <ul className="inbox__list">
        {edges.map(({ node }) => (
          <InboxRow key={node.question.id} supportCase={node} viewerId={viewerId} now={now} />
        ))}
      </ul>
      {onMore && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onMore(pageInfo.endCursor ?? '')}>
          {t('inbox.more')}
        </Button>
      ) : null}
    </>
  );
}
