import {
  type IdeaInsightOrder,
  type IdeaStatus,
  useClient,
  useQuery,
} from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Alert, Button, Select, TextField } from '@forum/web/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { IdeaInsightsQuery } from '../../graphql/IdeaInsights';
import { IdeaProductsQuery } from '../../graphql/IdeaProducts';
import { IdeaVoteBreakdownQuery } from '../../graphql/IdeaVoteBreakdown';
import { IdeaVoteTrendQuery } from '../../graphql/IdeaVoteTrend';
import { InsightsCsvQuery } from '../../graphql/InsightsCsv';
import { useIdeaRoles } from '../../hooks/useIdeaRoles';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { downloadCsv } from '../../utils/download';
import { ideaStatuses } from '../board/IdeaBoard';
import { IdeaStatusBadge } from '../common/IdeaStatusBadge';
import { IdeasPageTitle } from '../common/IdeasPageTitle';
import '../common/ideas.css';

// chart.js is the biggest part of this page: it loads after the tables, in its own chunk.
const TrendChart = lazy(() =>
  import('./InsightsCharts').then((module) => ({ default: module.TrendChart })),
);
const BarChart = lazy(() =>
  import('./InsightsCharts').then((module) => ({ default: module.BarChart })),
);

const orders: readonly IdeaInsightOrder[] = [
  'VOTES',
  'WEIGHTED_VOTES',
  'ORGANISATIONS',
  'TRENDING',
  'DEMAND',
];

/** `/ideas/insights`: what customers want, for product managers and admins. */
export function InsightsDashboard() {
  const { t } = useIdeasTranslation();
  const { managesIdeas, loading } = useIdeaRoles();
  if (loading) return <p role="status">{t('loading')}</p>;
  if (!managesIdeas) {
    return (
      <section className="ideas-page">
        <IdeasPageTitle page={t('documentTitle.insights')} />
        <h1>{t('insights.title')}</h1>
        <Alert tone="info">{t('insights.forbidden')}</Alert>
      </section>
    );
  }
  return <Dashboard />;
}

function Dashboard() {
  const { t } = useIdeasTranslation();
  const { number } = useFormatters();
  const client = useClient();
  const [orderBy, setOrderBy] = useState<IdeaInsightOrder>('VOTES');
  const [status, setStatus] = useState<IdeaStatus | ''>('');
  const [productId, setProductId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selected, setSelected] = useState<{ id: string; title: string } | null>(null);
  const filter = useMemo(
    () => ({
      productId: productId || null,
      statuses: status ? [status] : null,
      from: from ? `${from}T00:00:00Z` : null,
      to: to ? `${to}T00:00:00Z` : null,
    }),
    [productId, status, from, to],
  );
  const [products] = useQuery({ query: IdeaProductsQuery });
  const [insights] = useQuery({ query: IdeaInsightsQuery, variables: { filter, orderBy } });
  const rows = insights.data?.ideaInsights.rows ?? [];
  const topIds = rows.slice(0, 5).map((row) => row.ideaId);
  const [trend] = useQuery({
    query: IdeaVoteTrendQuery,
    variables: { ideaIds: topIds },
    pause: topIds.length === 0,
  });
  const [breakdown] = useQuery({
    query: IdeaVoteBreakdownQuery,
    variables: { ideaId: selected?.id ?? null, filter: { ...filter, from: null, to: null } },
  });

  const exportCsv = async (table: 'ideas' | 'trend' | 'breakdown') => {
    const result = await client
      .query(InsightsCsvQuery, {
        filter,
        orderBy,
        ideaIds: topIds,
        withTrend: topIds.length > 0,
      })
      .toPromise();
    const data = result.data;
    if (!data) return;
    const csv =
      table === 'ideas'
        ? data.ideaInsights.csv
        : table === 'trend'
          ? (data.ideaVoteTrend?.csv ?? '')
          : data.ideaVoteBreakdown.csv;
    downloadCsv(`idea-${table}-${insights.data?.ideaInsights.today ?? 'export'}.csv`, csv);
  };

  const planLabel = (key: string) =>
    key in { free: 1, pro: 1, enterprise: 1, none: 1 } ? t(`insights.plans.${key as 'free'}`) : key;
  const importanceLabel = (key: string) =>
    key === 'unspecified'
      ? t('insights.unspecified')
      : t(`importance.${key.toUpperCase() as 'CRITICAL'}`);
  const series = trend.data?.ideaVoteTrend.series ?? [];
  const breakdownData = breakdown.data?.ideaVoteBreakdown;

  return (
    <section className="ideas-page" aria-labelledby="insights-title">
      <IdeasPageTitle page={t('documentTitle.insights')} />
      <header className="ideas-page__header">
        <div>
          <h1 id="insights-title">{t('insights.title')}</h1>
          {insights.data ? (
            <p>{t('insights.lead', { today: insights.data.ideaInsights.today })}</p>
          ) : null}
        </div>
        <div className="ideas-page__actions">
          <Button variant="secondary" onClick={() => exportCsv('ideas')}>
            {t('insights.exportIdeas')}
          </Button>
          <Button variant="secondary" onClick={() => exportCsv('trend')} disabled={!topIds.length}>
            {t('insights.exportTrend')}
          </Button>
          <Button variant="secondary" onClick={() => exportCsv('breakdown')}>
            {t('insights.exportBreakdown')}
          </Button>
        </div>
      </header>
      <fieldset className="ideas-filters">
        <legend>{t('insights.filters')}</legend>
        <Select
          label={t('insights.rankBy')}
          value={orderBy}
          onChange={(event) => setOrderBy(event.target.value as IdeaInsightOrder)}
          options={orders.map((value) => ({ value, label: t(`insights.orders.${value}`) }))}
        />
        <Select
          label={t('board.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as IdeaStatus | '')}
          options={[
            { value: '', label: t('board.allStatuses') },
            ...ideaStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        <Select
          label={t('board.product')}
          value={productId}
          onChange={(event) => setProductId(event.target.value)}
          options={[
            { value: '', label: t('board.allProducts') },
            ...(products.data?.products ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <TextField
          type="date"
          label={t('insights.from')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          type="date"
          label={t('insights.to')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
      </fieldset>
      {insights.error && !insights.data ? <Alert tone="error">{t('failed')}</Alert> : null}
      <section aria-labelledby="insights-table-title">
        <h2 id="insights-table-title">{t('insights.table')}</h2>
        {insights.data && rows.length === 0 ? <p>{t('insights.empty')}</p> : null}
        {rows.length > 0 ? (
          <table className="insights-table">
            <thead>
              <tr>
                <th scope="col">{t('insights.columns.idea')}</th>
                <th scope="col">{t('insights.columns.status')}</th>
                <th scope="col">{t('insights.columns.votes')}</th>
                <th scope="col">{t('insights.columns.periodVotes')}</th>
                <th scope="col">{t('insights.columns.weighted')}</th>
                <th scope="col">{t('insights.columns.organisations')}</th>
                <th scope="col">{t('insights.columns.last14')}</th>
                <th scope="col">{t('insights.columns.previous14')}</th>
                <th scope="col">{t('insights.columns.askers')}</th>
                <th scope="col">
                  <span className="forum-visually-hidden">{t('insights.breakdown')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.ideaId}>
                  <th scope="row">
                    <Link to={`/ideas/${row.ideaId}`}>{row.title}</Link>
                    <br />
                    <small>{row.productName}</small>
                  </th>
                  <td>
                    <IdeaStatusBadge status={row.status} />
                  </td>
                  <td>{number(row.votes)}</td>
                  <td>{number(row.periodVotes)}</td>
                  <td>{number(row.weightedVotes)}</td>
                  <td>{number(row.organisations)}</td>
                  <td>{number(row.votesLast14Days)}</td>
                  <td>{number(row.votesPrevious14Days)}</td>
                  <td>{number(row.askers)}</td>
                  <td>
                    <Button
                      variant="quiet"
                      onClick={() => setSelected({ id: row.ideaId, title: row.title })}
                    >
                      {t('insights.showBreakdown')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <Suspense fallback={<p role="status">{t('insights.charts')}</p>}>
        {series.length > 0 ? (
          <section aria-labelledby="trend-title">
            <h2 id="trend-title">{t('insights.trend')}</h2>
            <TrendChart
              label={t('insights.trend')}
              weeks={series[0]!.weeks.map((week) => week.weekStart)}
              series={series.map((s) => ({ title: s.title, votes: s.weeks.map((w) => w.votes) }))}
            />
          </section>
        ) : null}
        {breakdownData ? (
          <section aria-labelledby="breakdown-title">
            <h2 id="breakdown-title">
              {selected
                ? t('insights.breakdownOf', { title: selected.title })
                : t('insights.breakdownAll')}
            </h2>
            {selected ? (
              <Button variant="quiet" onClick={() => setSelected(null)}>
                {t('insights.breakdownAll')}
              </Button>
            ) : null}
            <div className="insights-charts">
              <figure>
                <figcaption>{t('insights.byPlan')}</figcaption>
                <BarChart
                  label={t('insights.byPlan')}
                  groups={breakdownData.byPlan.map((g) => ({ ...g, label: planLabel(g.key) }))}
                />
              </figure>
              <figure>
                <figcaption>{t('insights.byImportance')}</figcaption>
                <BarChart
                  label={t('insights.byImportance')}
                  groups={breakdownData.byImportance.map((g) => ({
                    ...g,
                    label: importanceLabel(g.key),
                  }))}
                />
              </figure>
              <figure>
                <figcaption>{t('insights.byProduct')}</figcaption>
                <BarChart label={t('insights.byProduct')} groups={breakdownData.byProduct} />
              </figure>
            </div>
            <table className="insights-table">
              <caption>{t('insights.byOrganisation')}</caption>
              <tbody>
                {breakdownData.byOrganisation.map((group) => (
                  <tr key={group.key}>
                    <th scope="row">{group.label}</th>
                    <td>{number(group.votes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </Suspense>
    </section>
  );
}
