import { EdgeErrorReason, QnaErrorReason, questionLimits } from '@forum/shared/domain';
import type { Locale } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Button, Select, TextField } from '@forum/web/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { localError, type QnaError } from '../../utils/qnaError';
import { MAX_TAGS } from '../../utils/tagSlug';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { MarkdownEditor } from '../markdown/MarkdownEditor';
import { TagsInput } from './TagsInput';
import './QuestionForm.css';

export interface QuestionDraft {
  title: string;
  body: string;
  tags: string[];
  productId: string;
  language: Locale;
}

export interface QuestionFormProps {
  initial: QuestionDraft;
  /** Asking chooses a product area and a language; editing keeps them. */
  products?: readonly { id: string; name: string }[];
  submitLabel: string;
  busy: boolean;
  /** What the API said about the last attempt. */
  serverError: QnaError | undefined;
  onSubmit: (draft: QuestionDraft) => void;
  /** E.g. a "Cancel" link next to the button. */
  secondaryAction?: ReactNode;
  /** Shown under the title field, from the draft as typed: e.g. similar questions. */
  belowTitle?: (draft: QuestionDraft) => ReactNode;
  /** Shown under the details, e.g. the private details when asking. */
  belowBody?: ReactNode;
  /** The question being edited: its participants come first among @mentions. */
  questionId?: string;
}

type Field = 'title' | 'body' | 'tags' | 'productId' | 'language';

const LOCALES: readonly Locale[] = ['EN', 'DE'];

/** What the form can tell before sending: the limits every client and the API share. */
function checkDraft(draft: QuestionDraft, asking: boolean): QnaError | undefined {
  const fields: Field[] = [];
  const title = draft.title.trim().length;
  if (title < questionLimits.titleMin || title > questionLimits.titleMax) fields.push('title');
  if (draft.body.length > questionLimits.bodyMax) fields.push('body');
  if (asking && !draft.productId) fields.push('productId');
  if (draft.tags.length > MAX_TAGS) fields.push('tags');
  return fields.length > 0 ? localError(EdgeErrorReason.ValidationFailed, fields) : undefined;
}

/** The question form of the ask and edit pages: title, product, tags, language and details. */
export function QuestionForm({
  initial,
  products,
  submitLabel,
  busy,
  serverError,
  onSubmit,
  secondaryAction,
  belowTitle,
  belowBody,
  questionId,
}: QuestionFormProps) {
  const { t } = useQnaTranslation();
  const format = useFormatters();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState<QnaError>();
  const asking = products !== undefined;
  const error = checked ?? serverError;
  const limits = { min: questionLimits.titleMin, max: questionLimits.titleMax };

  const fieldError = (field: Field): string | undefined => {
    if (!error) return undefined;
    if (error.reason === EdgeErrorReason.ValidationFailed && error.fields.has(field)) {
      switch (field) {
        case 'title':
          return t('fieldErrors.titleLength', limits);
        case 'body':
          return t('fieldErrors.bodyLength', { max: format.number(questionLimits.bodyMax) });
        case 'productId':
          return t('fieldErrors.product');
        case 'tags':
          return t('fieldErrors.invalidTag');
        default:
          return t('fieldErrors.generic');
      }
    }
    if (field === 'tags' && error.reason === QnaErrorReason.TooManyTags)
      return t('fieldErrors.tooManyTags', { max: MAX_TAGS });
    if (field === 'tags' && error.reason === QnaErrorReason.InvalidTag)
      return t('fieldErrors.invalidTag');
    if (field === 'productId' && error.reason === QnaErrorReason.ProductNotFound)
      return t('errors.PRODUCT_NOT_FOUND');
    return undefined;
  };

  const change = (changes: Partial<QuestionDraft>) => {
    setDraft((current) => ({ ...current, ...changes }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = checkDraft(draft, asking);
    setChecked(problem);
    if (!problem) onSubmit({ ...draft, title: draft.title.trim() });
  };

  const titleLength = draft.title.trim().length;
  return (
    <form className="forum-form forum-question-form" onSubmit={submit} aria-busy={busy} noValidate>
      <QnaErrorAlert error={error} />
      <TextField
        label={t('fields.title')}
        name="title"
        value={draft.title}
        onChange={(event) => change({ title: event.target.value })}
        error={fieldError('title')}
        required
        hint={
          <span className="forum-question-form__hint">
            <span>{t('fields.titleHint', limits)}</span>
            <span
              className={
                titleLength > limits.max || (titleLength > 0 && titleLength < limits.min)
                  ? 'forum-editor__counter--over'
                  : undefined
              }
            >
              {t('fields.counter', { current: format.number(titleLength), max: limits.max })}
            </span>
          </span>
        }
      />
      {belowTitle?.(draft)}
      {asking ? (
        <div className="forum-question-form__row">
          <Select
            label={t('fields.product')}
            name="productId"
            required
            value={draft.productId}
            error={fieldError('productId')}
            options={[
              { value: '', label: t('fields.productChoose') },
              ...products.map((product) => ({ value: product.id, label: product.name })),
            ]}
            onChange={(event) => change({ productId: event.target.value })}
          />
          <Select
            label={t('fields.language')}
            hint={t('fields.languageHint')}
            name="language"
            value={draft.language}
            error={fieldError('language')}
            options={LOCALES.map((locale) => ({
              value: locale,
              label: t(`fields.languages.${locale}`),
            }))}
            onChange={(event) =>
              change({
                language: LOCALES.find((locale) => locale === event.target.value) ?? draft.language,
              })
            }
          />
        </div>
      ) : null}
      <TagsInput
        label={t('fields.tags')}
        hint={t('fields.tagsHint', { max: MAX_TAGS })}
        tags={draft.tags}
        error={fieldError('tags')}
        onChange={(tags) => change({ tags })}
      />
      <MarkdownEditor
        label={t('fields.body')}
        hint={t('fields.bodyHint')}
        name="body"
        value={draft.body}
        maxLength={questionLimits.bodyMax}
        error={fieldError('body')}
        rows={14}
        onChange={(body) => change({ body })}
        questionId={questionId}
      />
      {belowBody}
      <div className="forum-form__actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {secondaryAction}
      </div>
    </form>
  );
}
