import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, Select } from '@forum/web/ui';
import { useState } from 'react';
import { SetOrganisationMutation } from '../../graphql/SetOrganisation';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { AdminForm } from './AdminForm';
import type { Person } from './PersonCard';

export interface OrganisationChoice {
  id: string;
  name: string;
}

export interface OrganisationFormProps {
  person: Person;
  organisations: readonly OrganisationChoice[];
}

/** Which customer organisation a person belongs to, or none. */
export function OrganisationForm({ person, organisations }: OrganisationFormProps) {
  const { t } = useTranslation('admin');
  const [{ fetching, error }, setOrganisation] = useMutation(SetOrganisationMutation);
  const current = person.organisation?.id ?? '';
  const [organisationId, setOrganisationId] = useState(current);
  const [saved, setSaved] = useState(false);

  const onSubmit = async () => {
    setSaved(false);
    const result = await setOrganisation({
      input: { userId: person.id, organisationId: organisationId || null },
    });
    setSaved(result.data !== undefined);
  };

  return (
    <AdminForm
      title={t('people.organisationForm.title')}
      busy={fetching}
      onSubmit={() => void onSubmit()}
    >
      <ErrorAlert error={toForumError(error)} />
      {saved ? <Alert tone="success">{t('people.organisationForm.saved')}</Alert> : null}
      <Select
        label={t('people.organisationForm.label')}
        name="organisation"
        value={organisationId}
        options={[
          { value: '', label: t('people.organisationForm.none') },
          ...organisations.map(({ id, name }) => ({ value: id, label: name })),
        ]}
        onChange={(event) => setOrganisationId(event.target.value)}
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching} disabled={organisationId === current}>
          {t('people.organisationForm.submit')}
        </Button>
      </div>
    </AdminForm>
  );
}
