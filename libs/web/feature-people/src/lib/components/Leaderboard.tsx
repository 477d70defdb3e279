import { useQuery, type LeaderboardPeriod } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Alert, Select } from '@forum/web/ui';
import { Link, useSearchParams } from 'react-router';
import { LeaderboardProductsQuery, LeaderboardQuery } from '../graphql/Leaderboard';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';
import { PageTitle } from './PageTitle';
import './people.css';

const periods: readonly LeaderboardPeriod[] = ['WEEK', 'MONTH', 'ALL_TIME'];

function toPeriod(value: string | null): LeaderboardPeriod {
  return periods.find((period) => period.toLowerCase() === value) ?? 'ALL_TIME';
}

/** `/leaderboard?period=week&product=…`: who earned the most reputation. */
export function Leaderboard() {
  const { t } = usePeopleTranslation();
  const { number } = useFormatters();
  const [params, setParams] = useSearchParams();
  const period = toPeriod(params.get('period'));
  const productId = params.get('product');
  const [{ data: products }] = useQuery({ query: LeaderboardProductsQuery });
  const [{ data, error }] = useQuery({
    query: LeaderboardQuery,
    variables: { period, productId },
  });
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <div className="forum-people-page">
      <PageTitle page={t('documentTitle.leaderboard')} />
      <h1 className="forum-people-page__title">{t('leaderboard.title')}</h1>
      <p className="forum-people-page__lead">{t('leaderboard.lead')}</p>
      <div className="forum-people-filters">
        <Select
          label={t('leaderboard.period')}
          value={period.toLowerCase()}
          onChange={(event) => choose('period', event.target.value)}
          options={periods.map((value) => ({
            value: value.toLowerCase(),
            label: t(`leaderboard.periods.${value.toLowerCase() as 'week' | 'month' | 'all_time'}`),
          }))}
        />
        <Select
          label={t('leaderboard.product')}
          value={productId ?? ''}
          onChange={(event) => choose('product', event.target.value)}
          options={[
            { value: '', label: t('leaderboard.allProducts') },
            ...(products?.products ?? []).map((product) => ({
              value: product.id,
              label: product.name,
            })),
          ]}
        />
      </div>
      {error && !data ? <Alert tone="error" title={t('error')} /> : null}
      {data && data.leaderboard.length === 0 ? <p>{t('leaderboard.empty')}</p> : null}
      {data && data.leaderboard.length > 0 ? (
        <table className="forum-people-table">
          <thead>
            <tr>
              <th scope="col" className="forum-people-table__number">
                {t('leaderboard.rank')}
              </th>
              <th scope="col">{t('leaderboard.person')}</th>
              <th scope="col" className="forum-people-table__number">
                {t('leaderboard.points')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.leaderboard.map((entry) => (
              <tr key={entry.rank}>
                <td className="forum-people-table__number">{number(entry.rank)}</td>
                <td>
                  {entry.user ? (
                    <Link to={`/users/${entry.user.id}`}>
                      {entry.user.displayName}
                      {entry.user.isStaff ? ` · ${t('staff')}` : ''}
                    </Link>
                  ) : null}
                </td>
                <td className="forum-people-table__number">{number(entry.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
