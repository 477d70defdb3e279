import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Alert, Button, Dialog, Select, TextField } from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';
import { MergeTagsMutation, RenameTagMutation, TagsQuery } from '../../graphql/Tags';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { networkFailure, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import './Admin.css';

/** Tags as moderators curate them: find one, rename it, or merge it into another. */
export function TagsAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/tags" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.tags')} />
            {capabilities.manageTags ? (
              <TagDirectory capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

/** How many tags the page lists at once; the search narrows them down. */
const pageSize = 200;
// Renaming or merging changes tags, which have no typename of their own to invalidate.
const listContext = { additionalTypenames: ['TagUsage'] };

type Editing = { kind: 'rename' | 'merge'; slug: string };

function TagDirectory({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const searchId = useId();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, error }, refetch] = useQuery({
    query: TagsQuery,
    variables: { search: search || null, first: pageSize },
    context: listContext,
  });
  const [editing, setEditing] = useState<Editing>();
  const [message, setMessage] = useState<string>();
  const tags = data?.tags ?? [];

  const done = (text: string) => {
    setEditing(undefined);
    setMessage(text);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('tags.title')}</h1>
        <p>{t('tags.lead')}</p>
      </div>
      {message ? <Alert tone="success">{message}</Alert> : null}
      <form
        className="forum-admin__filters forum-admin__filters--short"
        role="search"
        aria-labelledby={searchId}
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(draft.trim());
        }}
      >
        <span id={searchId} className="forum-visually-hidden">
          {t('tags.searchTitle')}
        </span>
        <TextField
          label={t('tags.search')}
          value={draft}
          maxLength={40}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('tags.filter')}</Button>
      </form>
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      {data && tags.length === 0 ? <p>{t('tags.empty')}</p> : null}
      {tags.length > 0 ? (
        <div className="forum-admin__table-scroll">
          <table className="forum-admin__table forum-admin__table--stack">
            <caption>{t('tags.list', { count: tags.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tags.tag')}</th>
                <th scope="col" className="forum-admin__number">
                  {t('tags.questions')}
                </th>
                <th scope="col">
                  <span className="forum-visually-hidden">{t('tags.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <tr key={tag.slug}>
                  <th scope="row">
                    <code>{tag.slug}</code>
                  </th>
                  <td className="forum-admin__number">{format.number(tag.questionCount)}</td>
                  <td className="forum-admin__row-actions">
                    <Button
                      variant="quiet"
                      onClick={() => setEditing({ kind: 'rename', slug: tag.slug })}
                    >
                      {t('tags.rename')}
                      <span className="forum-visually-hidden"> {tag.slug}</span>
                    </Button>
                    <Button
                      variant="quiet"
                      onClick={() => setEditing({ kind: 'merge', slug: tag.slug })}
                    >
                      {t('tags.merge')}
                      <span className="forum-visually-hidden"> {tag.slug}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing?.kind === 'rename' ? (
        <RenameTagDialog
          slug={editing.slug}
          onClose={() => setEditing(undefined)}
          onDone={(slug) => done(t('tags.renamed', { from: editing.slug, to: slug }))}
        />
      ) : null}
      {editing?.kind === 'merge' ? (
        <MergeTagDialog
          slug={editing.slug}
          others={tags.map((tag) => tag.slug).filter((slug) => slug !== editing.slug)}
          onClose={() => setEditing(undefined)}
          onDone={(slug) => done(t('tags.merged', { from: editing.slug, to: slug }))}
        />
      ) : null}
    </div>
  );
}

interface TagDialogProps {
  slug: string;
  onClose: () => void;
  onDone: (slug: string) => void;
}

function RenameTagDialog({ slug, onClose, onDone }: TagDialogProps) {
  const { t } = useTranslation('admin');
  const formId = useId();
  const [{ fetching, error }, rename] = useMutation(RenameTagMutation);
  const [name, setName] = useState(slug);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await rename({ input: { slug, newName: name.trim() } });
    if (result.data) onDone(result.data.renameTag);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('tags.renameTitle', { slug })}
      closeLabel={t('cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={fetching}>
            {t('tags.renameSubmit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="forum-form" onSubmit={onSubmit}>
        <ErrorAlert error={toForumError(error)} />
        <TextField
          label={t('tags.newName')}
          hint={t('tags.newNameHint')}
          value={name}
          required
          maxLength={40}
          onChange={(event) => setName(event.target.value)}
        />
      </form>
    </Dialog>
  );
}

function MergeTagDialog({ slug, others, onClose, onDone }: TagDialogProps & { others: string[] }) {
  const { t } = useTranslation('admin');
  const formId = useId();
  const [{ fetching, error }, merge] = useMutation(MergeTagsMutation);
  const [into, setInto] = useState(others[0] ?? '');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await merge({ input: { from: slug, into } });
    if (result.data) onDone(result.data.mergeTags);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('tags.mergeTitle', { slug })}
      closeLabel={t('cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={fetching} disabled={!into}>
            {t('tags.mergeSubmit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="forum-form" onSubmit={onSubmit}>
        <ErrorAlert error={toForumError(error)} />
        <p>{t('tags.mergeLead', { slug })}</p>
        {others.length > 0 ? (
          <Select
            label={t('tags.into')}
            value={into}
            required
            onChange={(event) => setInto(event.target.value)}
            options={others.map((other) => ({ value: other, label: other }))}
          />
        ) : (
          <p>{t('tags.noOthers')}</p>
        )}
      </form>
    </Dialog>
  );
}
