import { reviewLimits } from '@forum/shared/domain';
import type { ReviewAction } from '@forum/web/data-access-graphql';
import {
  Alert,
  Button,
  Dialog,
  TextAreaField,
  TextField,
  useModerationTranslation,
} from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';

export interface Resolution {
  action: ReviewAction;
  reason: string | null;
  /** ISO instant; SUSPEND_AUTHOR only. */
  suspendUntil: string | null;
}

export interface ResolveDialogProps {
  action: ReviewAction;
  title: string;
  busy: boolean;
  /** The refusal in words, from the last attempt. */
  error: string | null;
  onConfirm: (resolution: Resolution) => void;
  onClose: () => void;
  /** Today, `YYYY-MM-DD`; the suspension must end after it. */
  today: string;
}

const MIN_SUSPENSION_REASON = 5;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A reviewer's decision: a reason for the audit log and, to suspend, until when. */
export function ResolveDialog({
  action,
  title,
  busy,
  error,
  onConfirm,
  onClose,
  today,
}: ResolveDialogProps) {
  const { t } = useModerationTranslation();
  const formId = useId();
  const suspend = action === 'SUSPEND_AUTHOR';
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(() => addDays(today, 7));
  const [reasonInvalid, setReasonInvalid] = useState(false);
  const [untilInvalid, setUntilInvalid] = useState(false);
  const max = reviewLimits.resolutionReasonMax;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const badReason = suspend && trimmed.length < MIN_SUSPENSION_REASON;
    const badUntil = suspend && !(until > today);
    setReasonInvalid(badReason);
    setUntilInvalid(badUntil);
    if (badReason || badUntil) return;
    onConfirm({
      action,
      reason: trimmed || null,
      suspendUntil: suspend ? `${until}T00:00:00.000Z` : null,
    });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      closeLabel={t('close')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={action === 'APPROVE' ? 'primary' : 'danger'}
            busy={busy}
          >
            {t(`review.actions.${action}`)}
          </Button>
        </>
      }
    >
      <form id={formId} className="forum-form" noValidate onSubmit={submit}>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextAreaField
          label={t('review.reason')}
          hint={t(suspend ? 'review.reasonHintSuspend' : 'review.reasonHint', { max })}
          error={reasonInvalid ? t('review.errors.REASON_REQUIRED') : undefined}
          name="reason"
          rows={3}
          maxLength={max}
          required={suspend}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {suspend ? (
          <TextField
            label={t('review.suspendUntil')}
            type="date"
            name="suspendUntil"
            required
            min={addDays(today, 1)}
            value={until}
            error={untilInvalid ? t('review.errors.SUSPENSION_END_REQUIRED') : undefined}
            onChange={(event) => setUntil(event.target.value)}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
