import { useQuery } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Alert, MessagePanel, StaffBadge } from '@forum/web/ui';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { UserProfileQuery } from '../graphql/UserProfile';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';
import { BadgeAwardChip } from './BadgeAwardChip';
import { PageTitle } from './PageTitle';
import { ProfileActivity } from './ProfileActivity';
import { ProfileModeration } from './ProfileModeration';
import { ReputationHistory } from './ReputationHistory';
import './people.css';

export interface UserProfileProps {
  id: string;
}

/** `/users/:id`: a person's public profile. */
export function UserProfile({ id }: UserProfileProps) {
  const { t } = usePeopleTranslation();
  const { number, date } = useFormatters();
  const [{ data, fetching, error }] = useQuery({ query: UserProfileQuery, variables: { id } });

  if (!data) {
    if (error) return <Alert tone="error" title={t('error')} />;
    return fetching ? <p role="status">{t('loading')}</p> : null;
  }
  const user = data.user;
  if (!user || user.isDeleted) {
    return (
      <>
        <PageTitle page={t('documentTitle.notFound')} />
        <MessagePanel eyebrow="404" title={t('profile.notFound')} />
      </>
    );
  }
  const areaCount = user.expertAreas.products.length + user.expertAreas.tags.length;
  return (
    <div className="forum-people-page forum-profile">
      <PageTitle page={t('documentTitle.profile', { name: user.displayName })} />
      <header className="forum-profile__header">
        <h1 className="forum-people-page__title">
          {user.isStaff ? (
            <StaffBadge name={user.displayName} title={user.staffTitle} staffLabel={t('staff')} />
          ) : (
            user.displayName
          )}
        </h1>
        <span className="forum-profile__reputation">
          {t('reputation', { points: number(user.reputation) })}
        </span>
      </header>
      <p className="forum-people-page__lead">
        {t('profile.memberSince', { date: date(user.createdAt) })}
      </p>
      {user.isStaff && areaCount > 0 ? (
        <p className="forum-profile__areas">
          <span>{t('profile.staffAreas')}</span>{' '}
          {user.expertAreas.products.map((product) => (
            <Fragment key={product.id}>
              <Link to={`/questions?product=${encodeURIComponent(product.slug)}`}>
                {product.name}
              </Link>{' '}
            </Fragment>
          ))}
          {user.expertAreas.tags.map((tag) => (
            <Fragment key={tag.id}>
              <Link
                className="forum-profile__area-tag"
                to={`/questions?tag=${encodeURIComponent(tag.slug)}`}
              >
                #{tag.slug}
              </Link>{' '}
            </Fragment>
          ))}
        </p>
      ) : null}
      <ProfileModeration userId={user.id} trusted={user.trusted ?? null} />
      <dl className="forum-profile__stats">
        <div>
          <dt>{t('profile.questions')}</dt>
          <dd>{number(user.activity.questionCount)}</dd>
        </div>
        <div>
          <dt>{t('profile.answers')}</dt>
          <dd>{number(user.activity.answerCount)}</dd>
        </div>
        <div>
          <dt>{t('profile.accepted')}</dt>
          <dd>{number(user.activity.acceptedCount)}</dd>
        </div>
      </dl>
      <ProfileActivity userId={user.id} />
      <section aria-labelledby="profile-products">
        <h2 id="profile-products">{t('profile.products')}</h2>
        {user.activity.products.length === 0 ? (
          <p>{t('profile.noProducts')}</p>
        ) : (
          <ul className="forum-people-chips">
            {user.activity.products.map((product) => (
              <li key={product.id}>
                {product.name} ({number(product.posts)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="profile-badges">
        <h2 id="profile-badges">{t('profile.badges')}</h2>
        {user.badges.length === 0 ? (
          <p>{t('profile.noBadges')}</p>
        ) : (
          <ul className="forum-people-chips">
            {user.badges.map((award) => (
              <li key={award.id}>
                <BadgeAwardChip award={award} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReputationHistory userId={user.id} />
    </div>
  );
}
