import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Button } from '@forum/web/ui';

export const OrganisationFields = graphql(`
  fragment OrganisationFields on Organisation {
    id
    name
    plan
    annualRevenue
    createdAt
  }
`);

export interface OrganisationRowProps {
  organisation: FragmentType<typeof OrganisationFields>;
  /** Only for people who may change organisations. */
  onEdit?: (id: string) => void;
}

export function OrganisationRow({ organisation: ref, onEdit }: OrganisationRowProps) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const organisation = useFragment(OrganisationFields, ref);
  return (
    <tr>
      <th scope="row">{organisation.name}</th>
      <td>{t(`plans.${organisation.plan}`)}</td>
      <td className="forum-admin__number">
        {organisation.annualRevenue === null || organisation.annualRevenue === undefined
          ? t('organisations.unknown')
          : format.number(organisation.annualRevenue)}
      </td>
      <td>
        <time dateTime={organisation.createdAt}>{format.date(organisation.createdAt)}</time>
      </td>
      {onEdit ? (
        <td>
          <Button variant="quiet" onClick={() => onEdit(organisation.id)}>
            {t('organisations.edit')}
            <span className="forum-visually-hidden"> {organisation.name}</span>
          </Button>
        </td>
      ) : null}
    </tr>
  );
}
