import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, TextField } from '@forum/web/ui';
import { useState } from 'react';
import { SetExpertProfileMutation } from '../../graphql/SetExpertProfile';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { AdminForm } from './AdminForm';
import type { Person } from './PersonCard';

/** The public title shown next to a staff member's posts. */
export function StaffProfileForm({ person }: { person: Person }) {
  const { t } = useTranslation('admin');
  const [{ fetching, error }, setExpertProfile] = useMutation(SetExpertProfileMutation);
  const [title, setTitle] = useState(person.staffTitle ?? '');
  const [saved, setSaved] = useState(false);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  if (!person.isStaff) {
    return (
      <AdminForm title={t('people.expertForm.title')}>
        <p className="forum-admin-form__note">{t('people.expertForm.membersHaveNone')}</p>
      </AdminForm>
    );
  }

  const onSubmit = async () => {
    setSaved(false);
    const result = await setExpertProfile({
      input: { userId: person.id, title: title.trim() },
    });
    setSaved(result.data !== undefined);
  };

  return (
    <AdminForm
      title={t('people.expertForm.title')}
      busy={fetching}
      onSubmit={() => void onSubmit()}
    >
      <ErrorAlert error={failure} />
      {saved ? <Alert tone="success">{t('people.expertForm.saved')}</Alert> : null}
      <TextField
        label={t('people.expertForm.staffTitle')}
        hint={t('people.expertForm.staffTitleHint')}
        error={fieldError('title')}
        name="staffTitle"
        required
        minLength={2}
        maxLength={100}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('people.expertForm.submit')}
        </Button>
      </div>
    </AdminForm>
  );
}
