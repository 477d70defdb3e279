import { useFragment, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, Dialog } from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';
import { SignedInOnly } from '@forum/web/data-access-session';
import { CreateOrganisationMutation } from '../../graphql/CreateOrganisation';
import { OrganisationsQuery } from '../../graphql/Organisations';
import { UpdateOrganisationMutation } from '../../graphql/UpdateOrganisation';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { toForumError, networkFailure } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import {
  OrganisationFormFields,
  revenueOf,
  type OrganisationDraft,
} from './OrganisationFormFields';
import { OrganisationFields, OrganisationRow } from './OrganisationRow';
import './Admin.css';

/** Customer organisations: admins change them, product managers read them. */
export function OrganisationsAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly
      returnTo="/admin/organisations"
      unreachable={<ErrorAlert error={networkFailure} />}
    >
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.organisations')} />
            {capabilities.viewOrganisations ? (
              <OrganisationDirectory capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

// An empty list has no Organisation typename that creating one could invalidate.
const listContext = { additionalTypenames: ['Organisation'] };

function OrganisationDirectory({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  const [{ data, error }] = useQuery({ query: OrganisationsQuery, context: listContext });
  const organisations = data?.organisations ?? [];
  const details = useFragment(OrganisationFields, organisations);
  const [editingId, setEditingId] = useState<string>();
  const [message, setMessage] = useState<string>();
  const editing = details.find((organisation) => organisation.id === editingId);
  const canManage = capabilities.manageOrganisations;

  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('organisations.title')}</h1>
        <p>{canManage ? t('organisations.lead') : t('organisations.leadReadOnly')}</p>
      </div>
      {message ? <Alert tone="success">{message}</Alert> : null}
      {canManage ? (
        <CreateOrganisationForm
          onCreated={(name) => setMessage(t('organisations.addedMessage', { name }))}
        />
      ) : null}
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      {data && organisations.length === 0 ? <p>{t('organisations.empty')}</p> : null}
      {organisations.length > 0 ? (
        <div className="forum-admin__table-scroll">
          <table className="forum-admin__table">
            <caption>{t('organisations.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.plan')}</th>
                <th scope="col" className="forum-admin__number">
                  {t('organisations.revenue')}
                </th>
                <th scope="col">{t('organisations.created')}</th>
                {canManage ? (
                  <th scope="col">
                    <span className="forum-visually-hidden">{t('organisations.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation, index) => (
                <OrganisationRow
                  key={details[index]?.id}
                  organisation={organisation}
                  onEdit={canManage ? setEditingId : undefined}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? (
        <EditOrganisationDialog
          organisation={editing}
          onClose={() => setEditingId(undefined)}
          onSaved={(name) => {
            setEditingId(undefined);
            setMessage(t('organisations.saved', { name }));
          }}
        />
      ) : null}
    </div>
  );
}

const emptyDraft: OrganisationDraft = { name: '', plan: 'FREE', revenue: '' };

function CreateOrganisationForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation('admin');
  const titleId = useId();
  const [{ fetching, error }, create] = useMutation(CreateOrganisationMutation);
  const [draft, setDraft] = useState(emptyDraft);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = draft.name.trim();
    const result = await create({
      input: { name, plan: draft.plan, annualRevenue: revenueOf(draft) },
    });
    if (!result.data) return;
    setDraft(emptyDraft);
    onCreated(name);
  };

  return (
    <form
      className="forum-form forum-admin__card"
      aria-labelledby={titleId}
      aria-busy={fetching}
      onSubmit={onSubmit}
    >
      <h2 className="forum-admin__card-title" id={titleId}>
        {t('organisations.createTitle')}
      </h2>
      <ErrorAlert error={failure} />
      <div className="forum-admin__fields">
        <OrganisationFormFields draft={draft} onChange={setDraft} fieldError={fieldError} />
      </div>
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('organisations.create')}
        </Button>
      </div>
    </form>
  );
}

interface EditOrganisationDialogProps {
  organisation: {
    id: string;
    name: string;
    plan: OrganisationDraft['plan'];
    annualRevenue?: number | null;
  };
  onClose: () => void;
  onSaved: (name: string) => void;
}

function EditOrganisationDialog({ organisation, onClose, onSaved }: EditOrganisationDialogProps) {
  const { t } = useTranslation('admin');
  const formId = useId();
  const [{ fetching, error }, update] = useMutation(UpdateOrganisationMutation);
  const [draft, setDraft] = useState<OrganisationDraft>({
    name: organisation.name,
    plan: organisation.plan,
    revenue: organisation.annualRevenue?.toString() ?? '',
  });
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = draft.name.trim();
    const result = await update({
      input: { id: organisation.id, name, plan: draft.plan, annualRevenue: revenueOf(draft) },
    });
    if (result.data) onSaved(name);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('organisations.editTitle', { name: organisation.name })}
      closeLabel={t('cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={fetching}>
            {t('organisations.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="forum-form" onSubmit={onSubmit}>
        <ErrorAlert error={failure} />
        <OrganisationFormFields draft={draft} onChange={setDraft} fieldError={fieldError} />
      </form>
    </Dialog>
  );
}
