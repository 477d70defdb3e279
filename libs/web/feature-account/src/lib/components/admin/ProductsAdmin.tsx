import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useTranslation } from '@forum/web/i18n';
import { Alert, Button, Dialog, TextAreaField, TextField } from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';
import {
  AdminProductsQuery,
  CreateProductMutation,
  UpdateProductMutation,
} from '../../graphql/Products';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { networkFailure, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import './Admin.css';

/** Product areas questions and ideas belong to: admins add and rename them. */
export function ProductsAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/products" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.products')} />
            {capabilities.manageProducts ? (
              <ProductDirectory capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

const listContext = { additionalTypenames: ['Product'] };

interface ProductDraft {
  slug: string;
  name: string;
  description: string;
}

const emptyDraft: ProductDraft = { slug: '', name: '', description: '' };

function ProductDirectory({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  const [{ data, error }] = useQuery({ query: AdminProductsQuery, context: listContext });
  const [editingId, setEditingId] = useState<string>();
  const [message, setMessage] = useState<string>();
  const products = data?.products ?? [];
  const editing = products.find((product) => product.id === editingId);

  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('products.title')}</h1>
        <p>{t('products.lead')}</p>
      </div>
      {message ? <Alert tone="success">{message}</Alert> : null}
      <CreateProductForm onCreated={(name) => setMessage(t('products.added', { name }))} />
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      {data && products.length === 0 ? <p>{t('products.empty')}</p> : null}
      {products.length > 0 ? (
        <div className="forum-admin__table-scroll">
          <table className="forum-admin__table forum-admin__table--stack">
            <caption>{t('products.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('products.name')}</th>
                <th scope="col">{t('products.slug')}</th>
                <th scope="col">
                  <span className="forum-visually-hidden">{t('products.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id}>
                  <th scope="row">
                    {product.name}
                    {product.description ? (
                      <span className="forum-admin__muted forum-admin__description">
                        {product.description}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <code>{product.slug}</code>
                  </td>
                  <td className="forum-admin__row-actions">
                    <Button variant="quiet" onClick={() => setEditingId(product.id)}>
                      {t('products.edit')}
                      <span className="forum-visually-hidden"> {product.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? (
        <EditProductDialog
          product={editing}
          onClose={() => setEditingId(undefined)}
          onSaved={(name) => {
            setEditingId(undefined);
            setMessage(t('products.saved', { name }));
          }}
        />
      ) : null}
    </div>
  );
}

function CreateProductForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation('admin');
  const titleId = useId();
  const [{ fetching, error }, create] = useMutation(CreateProductMutation);
  const [draft, setDraft] = useState(emptyDraft);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = draft.name.trim();
    const description = draft.description.trim();
    const result = await create({
      input: { slug: draft.slug.trim(), name, description: description || null },
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
        {t('products.createTitle')}
      </h2>
      <ErrorAlert error={failure} />
      <div className="forum-admin__fields">
        <TextField
          label={t('products.name')}
          hint={t('products.nameHint')}
          value={draft.name}
          required
          minLength={2}
          maxLength={80}
          error={fieldError('name')}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <TextField
          label={t('products.slug')}
          hint={t('products.slugHint')}
          value={draft.slug}
          required
          maxLength={40}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          error={fieldError('slug')}
          onChange={(event) => setDraft({ ...draft, slug: event.target.value })}
        />
      </div>
      <TextAreaField
        label={t('products.description')}
        hint={t('products.descriptionHint')}
        value={draft.description}
        maxLength={300}
        rows={2}
        error={fieldError('description')}
        onChange={(event) => setDraft({ ...draft, description: event.target.value })}
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('products.create')}
        </Button>
      </div>
    </form>
  );
}

interface EditProductDialogProps {
  product: { id: string; name: string; description?: string | null };
  onClose: () => void;
  onSaved: (name: string) => void;
}

function EditProductDialog({ product, onClose, onSaved }: EditProductDialogProps) {
  const { t } = useTranslation('admin');
  const formId = useId();
  const [{ fetching, error }, update] = useMutation(UpdateProductMutation);
  const [name, setName] = useState(product.name);
  const [description, setDescription] = useState(product.description ?? '');
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await update({
      input: { id: product.id, name: name.trim(), description: description.trim() },
    });
    if (result.data) onSaved(result.data.updateProduct.name);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('products.editTitle', { name: product.name })}
      closeLabel={t('cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={fetching}>
            {t('products.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="forum-form" onSubmit={onSubmit}>
        <ErrorAlert error={failure} />
        <TextField
          label={t('products.name')}
          hint={t('products.nameHint')}
          value={name}
          required
          minLength={2}
          maxLength={80}
          error={fieldError('name')}
          onChange={(event) => setName(event.target.value)}
        />
        <TextAreaField
          label={t('products.description')}
          hint={t('products.descriptionHint')}
          value={description}
          maxLength={300}
          rows={3}
          error={fieldError('description')}
          onChange={(event) => setDescription(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
