import { FieldFrame } from '@forum/web/ui';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { isValidTag, MAX_TAGS, tagSlug } from '../../utils/tagSlug';

export interface TagsInputProps {
  label: ReactNode;
  hint?: ReactNode;
  /** From the API, e.g. TOO_MANY_TAGS; the input adds its own for a tag it cannot take. */
  error?: ReactNode;
  /** Tag slugs. */
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/**
 * Tags as the API stores them: each typed name becomes its slug ("Password Reset" ->
 * "password-reset") as soon as it is added, so people see what others will search for.
 */
export function TagsInput({ label, hint, error, tags, onChange }: TagsInputProps) {
  const { t } = useQnaTranslation();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const full = tags.length >= MAX_TAGS;
  const draftSlug = tagSlug(draft);

  const add = (): boolean => {
    if (!draft.trim()) return false;
    if (!isValidTag(draftSlug)) {
      setInvalid(true);
      return false;
    }
    if (!tags.includes(draftSlug)) onChange([...tags, draftSlug]);
    setDraft('');
    setInvalid(false);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter would send the form; a comma would end up in the tag.
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={invalid ? t('fieldErrors.invalidTag') : error}
      className="forum-tags-input"
    >
      {(control) => (
        <div className="forum-tags-input__frame">
          {tags.length > 0 ? (
            <ul className="forum-tags" aria-label={t('fields.tagsList')}>
              {tags.map((tag) => (
                <li key={tag} className="forum-tag forum-tags-input__tag">
                  {tag}
                  <button
                    type="button"
                    className="forum-tags-input__remove"
                    onClick={() => onChange(tags.filter((other) => other !== tag))}
                  >
                    <span aria-hidden="true">×</span>
                    <span className="forum-visually-hidden">{t('fields.tagRemove', { tag })}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="forum-tags-input__entry">
            <input
              {...control}
              type="text"
              className="forum-field__control"
              value={draft}
              disabled={full}
              autoComplete="off"
              onChange={(event) => {
                setDraft(event.target.value);
                setInvalid(false);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => void add()}
            />
            {draft.trim() && draftSlug !== draft.trim() ? (
              <span className="forum-tags-input__slug" aria-live="polite">
                → <span className="forum-tag">{draftSlug || '—'}</span>
              </span>
            ) : null}
          </div>
        </div>
      )}
    </FieldFrame>
  );
}
