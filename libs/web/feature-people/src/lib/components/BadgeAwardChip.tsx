import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { BadgeChip, type BadgeTierName } from '@forum/web/ui';
import { Link } from 'react-router';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';

export const BadgeAwardFields = graphql(`
  fragment BadgeAwardFields on BadgeAward {
    id
    badge
    tier
    awardedAt
    questionId
    answerId
    ideaId
    name {
      en
      de
    }
    description {
      en
      de
    }
    product {
      id
      name
    }
  }
`);

export interface BadgeAwardChipProps {
  award: FragmentType<typeof BadgeAwardFields>;
}

/** One of a person's badges, in the reader's language, linking to the post that earned it. */
export function BadgeAwardChip({ award: awardRef }: BadgeAwardChipProps) {
  const { t, language } = usePeopleTranslation();
  const award = useFragment(BadgeAwardFields, awardRef);
  const tier = award.tier.toLowerCase() as BadgeTierName;
  const name = award.product
    ? `${award.name[language]} ${t('profile.forProduct', { product: award.product.name })}`
    : award.name[language];
  const chip = (
    <BadgeChip
      name={name}
      tier={tier}
      tierLabel={t(`tiers.${tier}`)}
      description={award.description[language]}
    />
  );
  if (award.ideaId)
    return (
      <Link to={`/ideas/${award.ideaId}`} title={t('profile.onPost')}>
        {chip}
      </Link>
    );
  if (!award.questionId) return chip;
  const hash = award.answerId ? `#answer-${award.answerId}` : '';
  return (
    <Link to={`/questions/${award.questionId}${hash}`} title={t('profile.onPost')}>
      {chip}
    </Link>
  );
}
