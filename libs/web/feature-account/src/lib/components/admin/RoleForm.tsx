import { useMutation, type Role } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, Select } from '@forum/web/ui';
import { useState } from 'react';
import { SetUserRoleMutation } from '../../graphql/SetUserRole';
import { ROLES } from '../../utils/capabilities';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { AdminForm } from './AdminForm';
import type { Person } from './PersonCard';

export function RoleForm({ person }: { person: Person }) {
  const { t } = useTranslation('admin');
  const [{ fetching, error }, setUserRole] = useMutation(SetUserRoleMutation);
  const [role, setRole] = useState<Role>(person.role);
  const [saved, setSaved] = useState<Role>();

  const onSubmit = async () => {
    setSaved(undefined);
    const result = await setUserRole({ input: { userId: person.id, role } });
    if (result.data) setSaved(role);
  };

  return (
    <AdminForm title={t('people.roleForm.title')} busy={fetching} onSubmit={() => void onSubmit()}>
      <ErrorAlert error={toForumError(error)} />
      {saved ? (
        <Alert tone="success">
          {t('people.roleForm.saved', { name: person.displayName, role: t(`roles.${saved}`) })}
        </Alert>
      ) : null}
      <Select
        label={t('people.roleForm.label')}
        name="role"
        value={role}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={(event) => {
          const next = ROLES.find((value) => value === event.target.value);
          if (next) setRole(next);
        }}
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching} disabled={role === person.role}>
          {t('people.roleForm.submit')}
        </Button>
      </div>
    </AdminForm>
  );
}
