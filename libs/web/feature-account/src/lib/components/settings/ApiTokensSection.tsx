import {
  useFragment,
  useMutation,
  useQuery,
  type ApiTokenScope,
} from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, Dialog, Select, TextField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { ApiTokensQuery } from '../../graphql/ApiTokens';
import { CreateApiTokenMutation } from '../../graphql/CreateApiToken';
import { RevokeApiTokenMutation } from '../../graphql/RevokeApiToken';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { ApiTokenFields, ApiTokenRow } from './ApiTokenRow';
import { SettingsSection } from './SettingsSection';
import { TokenSecret } from './TokenSecret';

// An empty list has no ApiToken typename that creating one could invalidate.
const listContext = { additionalTypenames: ['ApiToken'] };

interface TokenRef {
  id: string;
  name: string;
}

/** Personal access tokens: the active ones, a form for a new one, and revoking. */
export function ApiTokensSection() {
  const { t } = useTranslation('account');
  const [{ data, error: listError }] = useQuery({ query: ApiTokensQuery, context: listContext });
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const [revoking, setRevoking] = useState<TokenRef>();
  const [revoked, setRevoked] = useState<string>();
  const tokens = data?.apiTokens ?? [];
  const ids = useFragment(ApiTokenFields, tokens).map((token) => token.id);

  return (
    <SettingsSection title={t('tokens.title')} lead={t('tokens.lead')}>
      {created ? (
        <TokenSecret
          name={created.name}
          secret={created.secret}
          onDone={() => setCreated(undefined)}
        />
      ) : null}
      {revoked ? <Alert tone="success">{t('tokens.revoked', { name: revoked })}</Alert> : null}
      <ErrorAlert error={data ? undefined : toForumError(listError)} />
      {tokens.length > 0 ? (
        <div className="forum-table-scroll">
          <table className="forum-tokens">
            <caption>{t('tokens.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.scope')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">
                  <span className="forum-visually-hidden">{t('tokens.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token, index) => (
                <ApiTokenRow key={ids[index]} token={token} onRevoke={setRevoking} />
              ))}
            </tbody>
          </table>
        </div>
      ) : data ? (
        <p>{t('tokens.empty')}</p>
      ) : null}
      <CreateTokenForm
        onCreated={(name, secret) => {
          setRevoked(undefined);
          setCreated({ name, secret });
        }}
      />
      {revoking ? (
        <RevokeTokenDialog
          token={revoking}
          onClose={() => setRevoking(undefined)}
          onRevoked={(name) => {
            setRevoking(undefined);
            setRevoked(name);
          }}
        />
      ) : null}
    </SettingsSection>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const { t } = useTranslation('account');
  const [{ fetching, error }, createToken] = useMutation(CreateApiTokenMutation);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ');
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await createToken({ input: { name: name.trim(), scope } });
    if (!result.data) return;
    onCreated(name.trim(), result.data.createApiToken.token);
    setName('');
    setScope('READ');
  };

  return (
    <form
      className="forum-form"
      onSubmit={onSubmit}
      aria-busy={fetching}
      aria-label={t('tokens.createTitle')}
    >
      <ErrorAlert error={failure} />
      <div className="forum-settings__row">
        <TextField
          label={t('tokens.name')}
          hint={t('tokens.nameHint')}
          error={fieldError('name')}
          name="tokenName"
          required
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Select
          label={t('tokens.scope')}
          name="tokenScope"
          value={scope}
          options={[
            { value: 'READ', label: t('tokens.scopeRead') },
            { value: 'WRITE', label: t('tokens.scopeWrite') },
          ]}
          onChange={(event) => setScope(event.target.value === 'WRITE' ? 'WRITE' : 'READ')}
        />
      </div>
      <div className="forum-form__actions">
        <Button type="submit" variant="secondary" busy={fetching}>
          {t('tokens.create')}
        </Button>
      </div>
    </form>
  );
}

interface RevokeTokenDialogProps {
  token: TokenRef;
  onClose: () => void;
  onRevoked: (name: string) => void;
}

function RevokeTokenDialog({ token, onClose, onRevoked }: RevokeTokenDialogProps) {
  const { t } = useTranslation('account');
  const [{ fetching, error }, revoke] = useMutation(RevokeApiTokenMutation);

  const confirm = async () => {
    const result = await revoke({ input: { id: token.id } });
    if (result.data) onRevoked(token.name);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('tokens.revokeTitle', { name: token.name })}
      closeLabel={t('tokens.cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('tokens.cancel')}
          </Button>
          <Button variant="danger" busy={fetching} onClick={() => void confirm()}>
            {t('tokens.revokeConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('tokens.revokeBody')}</p>
      <ErrorAlert error={toForumError(error)} />
    </Dialog>
  );
}
