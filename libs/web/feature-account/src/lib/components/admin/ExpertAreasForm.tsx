import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button } from '@forum/web/ui';
import { useState } from 'react';
import { SetExpertAreasMutation } from '../../graphql/ExpertSettings';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { areaIdsOf, type ChosenAreas, ExpertAreasFields } from '../expert/ExpertAreasFields';
import { AdminForm } from './AdminForm';
import type { Person } from './PersonCard';

const supportRoles = new Set(['EXPERT', 'MODERATOR', 'ADMIN']);

/** The products and tags a staff member covers, chosen from the real ones. */
export function ExpertAreasForm({ person }: { person: Person }) {
  const { t } = useTranslation('admin');
  const [{ fetching, error }, setExpertAreas] = useMutation(SetExpertAreasMutation);
  const [areas, setAreas] = useState<ChosenAreas>(person.expertAreas);
  const [saved, setSaved] = useState(false);
  const failure = toForumError(error);

  if (!supportRoles.has(person.role)) {
    return (
      <AdminForm title={t('people.areasForm.title')}>
        <p className="forum-admin-form__note">{t('people.areasForm.membersHaveNone')}</p>
      </AdminForm>
    );
  }

  const onSubmit = async () => {
    setSaved(false);
    const result = await setExpertAreas({ input: { userId: person.id, ...areaIdsOf(areas) } });
    setSaved(result.data !== undefined);
  };

  return (
    <AdminForm title={t('people.areasForm.title')} busy={fetching} onSubmit={() => void onSubmit()}>
      <ErrorAlert error={failure} />
      {saved ? <Alert tone="success">{t('people.areasForm.saved')}</Alert> : null}
      <ExpertAreasFields value={areas} onChange={setAreas} />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('people.areasForm.submit')}
        </Button>
      </div>
    </AdminForm>
  );
}
