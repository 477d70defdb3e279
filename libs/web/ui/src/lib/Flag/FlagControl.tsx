import { reviewLimits } from '@forum/shared/domain';
import { addLazyResources, moderationResources, useTranslation } from '@forum/web/i18n';
import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../Alert/Alert';
import { Button } from '../Button/Button';
import { Dialog } from '../Dialog/Dialog';
import { TextAreaField } from '../Field/TextAreaField';
import './Flag.css';

export type FlagTargetKindName = 'QUESTION' | 'ANSWER' | 'COMMENT' | 'USER' | 'IDEA';
export type FlagReasonName = 'SPAM' | 'OFFENSIVE' | 'OFF_TOPIC' | 'NEEDS_STAFF' | 'OTHER';

export const flagReasonNames: readonly FlagReasonName[] = [
  'SPAM',
  'OFFENSIVE',
  'OFF_TOPIC',
  'NEEDS_STAFF',
  'OTHER',
];

export interface FlagSubmission {
  targetKind: FlagTargetKindName;
  targetId: string;
  reason: FlagReasonName;
  note: string | null;
}

/** Sent, or refused with the API's reason code (`ALREADY_FLAGGED`, `OWN_CONTENT`…). */
export type FlagSubmitResult = { ok: true } | { ok: false; reason: string };

export interface FlagControlProps {
  targetKind: FlagTargetKindName;
  targetId: string;
  /** Sends the flag (from `useFlagContent` in data-access-moderation). */
  onFlag: (flag: FlagSubmission) => Promise<FlagSubmitResult>;
  /** The button's look; quiet by default, like the other post actions. */
  variant?: 'quiet' | 'secondary';
}

/** The moderation texts, added on first use: they ship with the pages that flag. */
export function useModerationTranslation() {
  const { i18n } = useTranslation();
  addLazyResources(i18n, 'moderation', moderationResources);
  return useTranslation('moderation');
}

/**
 * "Flag" and its dialog: a reason (a radio group), a note (required for OTHER), the refusal in
 * words, and a confirmation once sent. The owner decides who sees the button (signed in, not
 * their own content).
 */
export function FlagControl({ targetKind, targetId, onFlag, variant = 'quiet' }: FlagControlProps) {
  const { t } = useModerationTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const what = t(`flag.what.${targetKind}`);
  return (
    <>
      <Button
        variant={variant}
        aria-label={t('flag.actionLabel', { what })}
        aria-haspopup="dialog"
        disabled={sent}
        onClick={() => setOpen(true)}
      >
        {t('flag.action')}
      </Button>
      {sent ? (
        <span className="forum-flag__sent" role="status">
          {t('flag.sent')}
        </span>
      ) : null}
      {open ? (
        <FlagDialog
          targetKind={targetKind}
          targetId={targetId}
          onFlag={onFlag}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      ) : null}
    </>
  );
}

export interface FlagDialogProps {
  targetKind: FlagTargetKindName;
  targetId: string;
  onFlag: (flag: FlagSubmission) => Promise<FlagSubmitResult>;
  onClose: () => void;
  onSent: () => void;
}

/** The flag dialog itself, open while it is rendered. */
export function FlagDialog({ targetKind, targetId, onFlag, onClose, onSent }: FlagDialogProps) {
  const { t, i18n } = useModerationTranslation();
  const formId = useId();
  const [reason, setReason] = useState<FlagReasonName | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [noteMissing, setNoteMissing] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  const max = reviewLimits.flagNoteMax;
  const noteRequired = reason === 'OTHER';
  const what = t(`flag.what.${targetKind}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    setReasonMissing(reason === null);
    setNoteMissing(noteRequired && trimmed === '');
    if (reason === null || (noteRequired && trimmed === '')) return;
    setBusy(true);
    const result = await onFlag({ targetKind, targetId, reason, note: trimmed || null });
    setBusy(false);
    if (result.ok) onSent();
    else setRefusal(result.reason);
  };

  const refusalText =
    refusal === null
      ? null
      : i18n.exists(`moderation:flag.errors.${refusal}`)
        ? t(`flag.errors.${refusal}` as 'flag.errors.UNKNOWN')
        : t('flag.errors.UNKNOWN');

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('flag.title', { what })}
      closeLabel={t('close')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={busy}>
            {t('flag.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="forum-form forum-flag" noValidate onSubmit={submit}>
        <p className="forum-flag__intro">{t('flag.intro')}</p>
        {refusalText ? <Alert tone="error">{refusalText}</Alert> : null}
        <fieldset
          className="forum-flag__reasons"
          aria-describedby={reasonMissing ? `${formId}-reason-error` : undefined}
        >
          <legend className="forum-field__label">{t('flag.reasonLegend')}</legend>
          {flagReasonNames.map((name) => (
            <label key={name} className="forum-flag__reason">
              <input
                type="radio"
                name="reason"
                value={name}
                checked={reason === name}
                required
                onChange={() => {
                  setReason(name);
                  setReasonMissing(false);
                }}
              />
              <span>
                <span className="forum-flag__reason-name">{t(`flag.reasons.${name}`)}</span>
                <span className="forum-flag__reason-hint">{t(`flag.reasonHints.${name}`)}</span>
              </span>
            </label>
          ))}
          {reasonMissing ? (
            <div className="forum-field__error" id={`${formId}-reason-error`}>
              {t('flag.errors.VALIDATION_FAILED')}
            </div>
          ) : null}
        </fieldset>
        <TextAreaField
          label={t('flag.note')}
          hint={t(noteRequired ? 'flag.noteHintRequired' : 'flag.noteHintOptional', { max })}
          error={noteMissing ? t('flag.errors.NOTE_REQUIRED') : undefined}
          name="note"
          rows={3}
          maxLength={max}
          required={noteRequired}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setNoteMissing(false);
          }}
        />
      </form>
    </Dialog>
  );
}
