import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { type BadgeTierName, ReputationSummary, StaffBadge } from '@forum/web/ui';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

export const AuthorFields = graphql(`
  fragment AuthorFields on User {
    id
    displayName
    isStaff
    staffTitle
    isDeleted
    reputation
    badges {
      id
      tier
    }
  }
`);

export interface AuthorNameProps {
  author: FragmentType<typeof AuthorFields>;
}

const tiers: readonly BadgeTierName[] = ['gold', 'silver', 'bronze'];

/**
 * Who wrote a post: the name linking to their profile, for company staff their title and the
 * staff mark, and the reputation and badges that say how much others trust them.
 */
export function AuthorName({ author: authorRef }: AuthorNameProps) {
  const { t } = useQnaTranslation();
  const { number } = useFormatters();
  const author = useFragment(AuthorFields, authorRef);
  if (author.isDeleted) return <span className="forum-author">{t('deletedUser')}</span>;
  const name = author.isStaff ? (
    <StaffBadge name={author.displayName} title={author.staffTitle} staffLabel={t('staff')} />
  ) : (
    author.displayName
  );
  const counts = Object.fromEntries(
    tiers.map((tier) => [
      tier,
      author.badges.filter((badge) => badge.tier.toLowerCase() === tier).length,
    ]),
  ) as Record<BadgeTierName, number>;
  const reputation = number(author.reputation);
  const label = [
    t('authorReputation', { reputation }),
    ...tiers
      .filter((tier) => counts[tier] > 0)
      .map((tier) => t(`badgeTiers.${tier}`, { count: counts[tier] })),
  ].join(', ');
  return (
    <span className="forum-author">
      <Link to={`/users/${author.id}`} className="forum-author__link">
        {name}
      </Link>{' '}
      <ReputationSummary reputation={reputation} tiers={counts} label={label} />
    </span>
  );
}
