import { useFormatters } from '@forum/web/i18n';
import { FieldFrame, MarkdownView } from '@forum/web/ui';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useMentions } from '../../hooks/useMentions';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import './MarkdownEditor.css';

export interface MarkdownEditorProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown in the counter; the form checks it when it is sent. */
  maxLength: number;
  minLength?: number;
  rows?: number;
  required?: boolean;
  /** The question written on (answers, edits): its participants come first among @mentions. */
  questionId?: string | null;
}

type Mode = 'write' | 'preview';

/**
 * A Markdown text area with a preview tab that renders exactly what readers will see, a
 * character counter against the limits, and @mention autocomplete.
 */
export function MarkdownEditor({
  label,
  hint,
  error,
  name,
  value,
  onChange,
  maxLength,
  minLength = 0,
  rows = 10,
  required,
  questionId,
}: MarkdownEditorProps) {
  const { t } = useQnaTranslation();
  const format = useFormatters();
  const [mode, setMode] = useState<Mode>('write');
  const mentions = useMentions({ value, onChange, questionId });
  const id = useId();
  const tabId = (tab: Mode) => `${id}-${tab}-tab`;
  const panelId = (tab: Mode) => `${id}-${tab}-panel`;
  const length = value.trim().length;
  const outOfRange = length > maxLength || (length > 0 && length < minLength);

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: Mode = mode === 'write' ? 'preview' : 'write';
    setMode(next);
    document.getElementById(tabId(next))?.focus();
  };

  const tab = (tabMode: Mode, text: string) => (
    <button
      type="button"
      role="tab"
      id={tabId(tabMode)}
      aria-selected={mode === tabMode}
      aria-controls={panelId(tabMode)}
      tabIndex={mode === tabMode ? 0 : -1}
      className="forum-editor__tab"
      onClick={() => setMode(tabMode)}
      onKeyDown={onTabKey}
    >
      {text}
    </button>
  );

  return (
    <FieldFrame
      label={label}
      error={error}
      hint={
        <>
          {hint ? <span className="forum-editor__hint">{hint}</span> : null}
          <span className={outOfRange ? 'forum-editor__counter--over' : undefined}>
            {t('fields.counter', {
              current: format.number(length),
              max: format.number(maxLength),
            })}
          </span>
        </>
      }
      className="forum-editor"
    >
      {(control) => (
        <div className="forum-editor__frame">
          <div role="tablist" aria-label={t('fields.editorTabs')} className="forum-editor__tabs">
            {tab('write', t('fields.write'))}
            {tab('preview', t('fields.preview'))}
          </div>
          <div
            role="tabpanel"
            id={panelId('write')}
            aria-labelledby={tabId('write')}
            hidden={mode !== 'write'}
          >
            <div className="forum-mentions__anchor">
              <textarea
                {...control}
                {...mentions.textareaProps}
                name={name}
                rows={rows}
                required={required}
                value={value}
                className="forum-field__control forum-editor__textarea"
              />
              {mentions.listbox}
            </div>
          </div>
          <div
            role="tabpanel"
            id={panelId('preview')}
            aria-labelledby={tabId('preview')}
            hidden={mode !== 'preview'}
            className="forum-editor__preview"
            // The preview is read, not edited: let keyboard users reach and scroll it.
            tabIndex={0}
          >
            {mode === 'preview' ? (
              value.trim() ? (
                <MarkdownView source={value} />
              ) : (
                <p className="forum-editor__empty">{t('fields.previewEmpty')}</p>
              )
            ) : null}
          </div>
        </div>
      )}
    </FieldFrame>
  );
}
