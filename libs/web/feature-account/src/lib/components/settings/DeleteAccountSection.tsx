import { IdentityErrorReason } from '@forum/shared/domain';
import { useMutation } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button, Dialog, PasswordField } from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SESSION_CONTEXT } from '@forum/web/data-access-session';
import { DeleteAccountMutation } from '../../graphql/DeleteAccount';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { SettingsSection } from './SettingsSection';

export interface DeleteAccountSectionProps {
  /** Accounts with a password confirm with it; single sign-on accounts have none. */
  hasPassword: boolean;
}

export function DeleteAccountSection({ hasPassword }: DeleteAccountSectionProps) {
  const { t } = useTranslation('account');
  const [open, setOpen] = useState(false);
  return (
    <SettingsSection
      title={t('settings.deleteAccount.title')}
      lead={t('settings.deleteAccount.lead')}
      tone="danger"
    >
      <div className="forum-form__actions">
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t('settings.deleteAccount.open')}
        </Button>
      </div>
      {open ? (
        <DeleteAccountDialog hasPassword={hasPassword} onClose={() => setOpen(false)} />
      ) : null}
    </SettingsSection>
  );
}

function DeleteAccountDialog({
  hasPassword,
  onClose,
}: DeleteAccountSectionProps & { onClose: () => void }) {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const formId = useId();
  const [{ fetching, error }, deleteAccount] = useMutation(DeleteAccountMutation);
  const [password, setPassword] = useState('');
  const failure = toForumError(error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await deleteAccount(
      { input: { password: hasPassword ? password : null } },
      SESSION_CONTEXT,
    );
    if (result.data) await navigate('/', { replace: true });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('settings.deleteAccount.dialogTitle')}
      closeLabel={t('settings.deleteAccount.cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('settings.deleteAccount.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="danger" busy={fetching}>
            {t('settings.deleteAccount.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('settings.deleteAccount.dialogBody')}</p>
      <form id={formId} className="forum-form" onSubmit={onSubmit}>
        {failure?.reason === IdentityErrorReason.WrongPassword ? null : (
          <ErrorAlert error={failure} />
        )}
        {hasPassword ? (
          <PasswordField
            label={t('settings.deleteAccount.password')}
            error={
              failure?.reason === IdentityErrorReason.WrongPassword
                ? t('errors.WRONG_PASSWORD')
                : undefined
            }
            name="password"
            autoComplete="current-password"
            required
            showLabel={t('fields.showPassword')}
            hideLabel={t('fields.hidePassword')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
