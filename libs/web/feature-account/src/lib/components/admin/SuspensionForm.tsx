import { useMutation } from '@forum/web/data-access-graphql';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Alert, Button, TextAreaField, TextField } from '@forum/web/ui';
import { useState } from 'react';
import { SuspendUserMutation } from '../../graphql/SuspendUser';
import { UnsuspendUserMutation } from '../../graphql/UnsuspendUser';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { AdminForm } from './AdminForm';
import type { Person } from './PersonCard';

/** "2026-12-01" from a date input, as the start of that day where the moderator is. */
export function startOfLocalDay(value: string): string {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, day).toISOString();
}

function dateInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface SuspensionFormProps {
  person: Person;
  suspended: boolean;
}

/** Suspends an account until a date with a reason the person sees, or ends a suspension. */
export function SuspensionForm({ person, suspended }: SuspensionFormProps) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const [suspension, suspend] = useMutation(SuspendUserMutation);
  const [reinstatement, unsuspend] = useMutation(UnsuspendUserMutation);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<'suspended' | 'unsuspended'>();
  const failure = toForumError(suspension.error ?? reinstatement.error);
  const fieldError = useFieldErrors(failure);
  const [tomorrow] = useState(() => {
    const date = new Date();
    date.setDate(date.getDate() + 1);
    return dateInputValue(date);
  });

  const title = t('people.suspension.title');
  const status =
    done === 'suspended' ? (
      <Alert tone="success">{t('people.suspension.saved')}</Alert>
    ) : done === 'unsuspended' ? (
      <Alert tone="success">{t('people.suspension.unsuspended')}</Alert>
    ) : null;

  if (person.role === 'ADMIN') {
    return (
      <AdminForm title={title}>
        <p className="forum-admin-form__note">{t('people.suspension.notForAdmins')}</p>
      </AdminForm>
    );
  }

  if (suspended) {
    const onSubmit = async () => {
      setDone(undefined);
      const result = await unsuspend({ input: { userId: person.id } });
      if (result.data) setDone('unsuspended');
    };
    return (
      <AdminForm title={title} busy={reinstatement.fetching} onSubmit={() => void onSubmit()}>
        <ErrorAlert error={failure} />
        {status}
        <p className="forum-admin-form__note">
          {t('people.suspension.current', { date: format.date(person.suspendedUntil ?? '') })}
          {person.suspensionReason ? (
            <>
              <br />
              {t('people.suspension.currentReason', { reason: person.suspensionReason })}
            </>
          ) : null}
        </p>
        <div className="forum-form__actions">
          <Button type="submit" variant="secondary" busy={reinstatement.fetching}>
            {t('people.suspension.unsuspend')}
          </Button>
        </div>
      </AdminForm>
    );
  }

  const onSubmit = async () => {
    setDone(undefined);
    const result = await suspend({
      input: { userId: person.id, reason: reason.trim(), until: startOfLocalDay(until) },
    });
    if (result.data) {
      setDone('suspended');
      setReason('');
      setUntil('');
    }
  };

  return (
    <AdminForm title={title} busy={suspension.fetching} onSubmit={() => void onSubmit()}>
      <ErrorAlert error={failure} />
      {status}
      <TextAreaField
        label={t('people.suspension.reason')}
        hint={t('people.suspension.reasonHint')}
        error={fieldError('reason')}
        name="suspensionReason"
        required
        minLength={5}
        maxLength={500}
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <TextField
        label={t('people.suspension.until')}
        error={fieldError('until')}
        type="date"
        name="suspendedUntil"
        required
        min={tomorrow}
        value={until}
        onChange={(event) => setUntil(event.target.value)}
      />
      <div className="forum-form__actions">
        <Button type="submit" variant="danger" busy={suspension.fetching}>
          {t('people.suspension.submit')}
        </Button>
      </div>
    </AdminForm>
  );
}
