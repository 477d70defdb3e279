import { useQuery } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Alert, BadgeChip, type BadgeTierName } from '@forum/web/ui';
import { Link } from 'react-router';
import { BadgesQuery } from '../graphql/Badges';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';
import { PageTitle } from './PageTitle';
import './people.css';

/** `/badges`: every badge, what earns each tier, and who earned it lately. */
export function BadgeCatalog() {
  const { t, language } = usePeopleTranslation();
  const { date } = useFormatters();
  const [{ data, error }] = useQuery({ query: BadgesQuery });

  return (
    <div className="forum-people-page">
      <PageTitle page={t('documentTitle.badges')} />
      <h1 className="forum-people-page__title">{t('badges.title')}</h1>
      <p className="forum-people-page__lead">{t('badges.lead')}</p>
      {error && !data ? <Alert tone="error" title={t('error')} /> : null}
      {!data && !error ? <p role="status">{t('loading')}</p> : null}
      {data?.badges.map((badge) => (
        <section
          key={badge.key}
          className="forum-badge-card"
          aria-labelledby={`badge-${badge.key}`}
        >
          <h2 id={`badge-${badge.key}`}>{badge.name[language]}</h2>
          {badge.revocable ? <p>{t('badges.revocable')}</p> : null}
          <ul className="forum-people-chips">
            {badge.levels.map((level) => {
              const tier = level.tier.toLowerCase() as BadgeTierName;
              return (
                <li key={level.tier}>
                  <BadgeChip
                    name={`${badge.name[language]} · ${t('badges.holders', { count: level.holderCount })}`}
                    tier={tier}
                    tierLabel={t(`tiers.${tier}`)}
                  />{' '}
                  {level.description[language]}
                </li>
              );
            })}
          </ul>
          <h3>{t('badges.recent')}</h3>
          {badge.recentAwards.length === 0 ? (
            <p>{t('badges.nobody')}</p>
          ) : (
            <ul>
              {badge.recentAwards.map((award) => (
                <li key={award.id}>
                  {award.user && !award.user.isDeleted ? (
                    <Link to={`/users/${award.user.id}`}>{award.user.displayName}</Link>
                  ) : (
                    t('deletedUser')
                  )}{' '}
                  ({t(`tiers.${award.tier.toLowerCase() as BadgeTierName}`)}
                  {award.product ? `, ${award.product.name}` : ''}, {date(award.awardedAt)})
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
