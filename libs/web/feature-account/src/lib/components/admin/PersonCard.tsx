import {
  graphql,
  useFragment,
  type FragmentType,
  type PersonFieldsFragment,
} from '@forum/web/data-access-graphql';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Button, StaffBadge, StatusPill } from '@forum/web/ui';
import { useId, useState } from 'react';
import type { Capabilities } from '../../utils/capabilities';
import { OrganisationForm, type OrganisationChoice } from './OrganisationForm';
import { RoleForm } from './RoleForm';
import { ExpertAreasForm } from './ExpertAreasForm';
import { StaffProfileForm } from './StaffProfileForm';
import { SuspensionForm } from './SuspensionForm';

export const PersonFields = graphql(`
  fragment PersonFields on User {
    id
    displayName
    email
    emailVerified
    role
    isStaff
    isDeleted
    staffTitle
    expertAreas {
      products {
        id
        name
      }
      tags {
        id
        slug
      }
    }
    isAway
    awayUntil
    createdAt
    suspendedUntil
    suspensionReason
    organisation {
      id
      name
    }
  }
`);

export type Person = PersonFieldsFragment;

export interface PersonCardProps {
  person: FragmentType<typeof PersonFields>;
  viewerId: string;
  capabilities: Capabilities;
  organisations: readonly OrganisationChoice[];
}

/** One person in the admin list, with the changes the viewer's role allows behind "Manage". */
export function PersonCard({
  person: personRef,
  viewerId,
  capabilities,
  organisations,
}: PersonCardProps) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const person = useFragment(PersonFields, personRef);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const name = person.isDeleted ? t('deletedUser') : person.displayName;
  const [now] = useState(() => Date.now());
  const suspended =
    person.suspendedUntil !== null &&
    person.suspendedUntil !== undefined &&
    new Date(person.suspendedUntil).getTime() > now;
  const canSuspend = capabilities.suspend && person.id !== viewerId;
  const canManage =
    !person.isDeleted &&
    (capabilities.changeRoles ||
      capabilities.editStaffProfiles ||
      capabilities.editExpertAreas ||
      capabilities.setOrganisations ||
      canSuspend);

  return (
    <li className="forum-person" data-testid={`person-${person.id}`}>
      <div className="forum-person__summary">
        <div className="forum-person__who">
          <p className="forum-person__name">
            {person.isStaff && !person.isDeleted ? (
              <StaffBadge name={name} title={person.staffTitle} staffLabel={t('staff')} />
            ) : (
              name
            )}
          </p>
          <p className="forum-person__meta">
            {person.email ? <span>{person.email}</span> : null}
            <span>{t(`roles.${person.role}`)}</span>
            <span>{person.organisation?.name ?? t('people.noOrganisation')}</span>
            <span>{t('people.joined', { date: format.date(person.createdAt) })}</span>
          </p>
          {person.isAway ? (
            <p className="forum-person__flags">
              <StatusPill
                status="unknown"
                label={
                  person.awayUntil
                    ? t('people.awayUntil', { date: format.dateTime(person.awayUntil) })
                    : t('people.awayOpenEnded')
                }
              />
            </p>
          ) : null}
          {suspended || person.emailVerified === false ? (
            <p className="forum-person__flags">
              {suspended ? (
                <StatusPill
                  status="down"
                  label={t('people.suspendedUntil', {
                    date: format.date(person.suspendedUntil ?? ''),
                  })}
                />
              ) : null}
              {person.emailVerified === false ? (
                <StatusPill status="unknown" label={t('people.emailNotVerified')} />
              ) : null}
            </p>
          ) : null}
        </div>
        {canManage ? (
          <Button
            variant="secondary"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('people.hide') : t('people.manage')}
            <span className="forum-visually-hidden"> {name}</span>
          </Button>
        ) : null}
      </div>
      {open ? (
        <div className="forum-person__panel" id={panelId}>
          {capabilities.changeRoles ? <RoleForm person={person} /> : null}
          {capabilities.editStaffProfiles ? <StaffProfileForm person={person} /> : null}
          {capabilities.editExpertAreas ? <ExpertAreasForm person={person} /> : null}
          {capabilities.setOrganisations ? (
            <OrganisationForm person={person} organisations={organisations} />
          ) : null}
          {canSuspend ? <SuspensionForm person={person} suspended={suspended} /> : null}
        </div>
      ) : null}
    </li>
  );
}
