import { SupportDeskErrorReason } from '@forum/shared/domain';
import {
  type CombinedError,
  readGraphqlError,
  useMutation,
  useQuery,
} from '@forum/web/data-access-graphql';
import { Alert, Button, Select, TextField } from '@forum/web/ui';
import { type FormEvent, useId, useState } from 'react';
import {
  AssignableStaffQuery,
  AssignQuestionMutation,
  ClaimQuestionMutation,
  MarkWaitingOnCustomerMutation,
  ReleaseQuestionMutation,
  ResumeQuestionMutation,
  SnoozeQuestionMutation,
  UnsnoozeQuestionMutation,
} from '../graphql/Desk';
import { useSupportTranslation } from '../hooks/useSupportTranslation';
import { type DeskStatus, toLocalInput } from '../utils/clock';

const knownReasons = Object.values(SupportDeskErrorReason);
// Changing a case refreshes every list and panel that shows one.
const context = { additionalTypenames: ['SupportCase'] };

export interface DeskActionsProps {
  questionId: string;
  viewerId: string;
  status: DeskStatus;
  claimedById: string | null;
  snoozedUntil: string | null;
  waiting: boolean;
  /** Offer assigning to a colleague (the question page's panel). */
  withAssign?: boolean;
  /** Called after a change, so the caller can fetch the case again. */
  onChanged?: () => void;
}

/** Claim or release, snooze, waiting on the customer, and (optionally) assign. */
export function DeskActions({
  questionId,
  viewerId,
  status,
  claimedById,
  snoozedUntil,
  waiting,
  withAssign = false,
  onChanged,
}: DeskActionsProps) {
  const { t } = useSupportTranslation();
  const [error, setError] = useState<string | null>(null);
  const [snoozing, setSnoozing] = useState(false);
  const [claim, claimNow] = useMutation(ClaimQuestionMutation);
  const [release, releaseNow] = useMutation(ReleaseQuestionMutation);
  const [, snoozeNow] = useMutation(SnoozeQuestionMutation);
  const [unsnooze, unsnoozeNow] = useMutation(UnsnoozeQuestionMutation);
  const [markWaiting, markWaitingNow] = useMutation(MarkWaitingOnCustomerMutation);
  const [resume, resumeNow] = useMutation(ResumeQuestionMutation);
  const [, assignNow] = useMutation(AssignQuestionMutation);

  const run = async (send: () => Promise<{ error?: CombinedError }>) => {
    setError(null);
    const result = await send();
    if (result.error) {
      const reason = readGraphqlError(result.error, knownReasons)?.reason;
      const known = knownReasons.find((candidate) => candidate === reason);
      setError(known ? t(`errors.${known}`) : t('errors.generic'));
      return false;
    }
    onChanged?.();
    return true;
  };
  const variables = { questionId };
  const open = status === 'AWAITING_RESPONSE';

  return (
    <div className="desk-actions">
      <div className="desk-actions__buttons">
        {open && claimedById !== viewerId ? (
          <Button
            variant="secondary"
            busy={claim.fetching}
            onClick={() => void run(() => claimNow(variables, context))}
          >
            {t('actions.claim')}
          </Button>
        ) : null}
        {claimedById ? (
          <Button
            variant="secondary"
            busy={release.fetching}
            onClick={() => void run(() => releaseNow(variables, context))}
          >
            {t('actions.release')}
          </Button>
        ) : null}
        {open && !snoozedUntil ? (
          <Button
            variant="secondary"
            aria-expanded={snoozing}
            onClick={() => setSnoozing((shown) => !shown)}
          >
            {t('actions.snooze')}
          </Button>
        ) : null}
        {snoozedUntil ? (
          <Button
            variant="secondary"
            busy={unsnooze.fetching}
            onClick={() => void run(() => unsnoozeNow(variables, context))}
          >
            {t('actions.unsnooze')}
          </Button>
        ) : null}
        {open && !waiting ? (
          <Button
            variant="secondary"
            busy={markWaiting.fetching}
            onClick={() => void run(() => markWaitingNow(variables, context))}
          >
            {t('actions.waiting')}
          </Button>
        ) : null}
        {waiting ? (
          <Button
            variant="secondary"
            busy={resume.fetching}
            onClick={() => void run(() => resumeNow(variables, context))}
          >
            {t('actions.resume')}
          </Button>
        ) : null}
      </div>
      {snoozing ? (
        <SnoozeForm
          onCancel={() => setSnoozing(false)}
          onSnooze={async (until) => {
            if (await run(() => snoozeNow({ input: { questionId, until } }, context))) {
              setSnoozing(false);
            }
          }}
        />
      ) : null}
      {withAssign && open ? (
        <AssignForm
          onAssign={(assigneeId) =>
            void run(() => assignNow({ input: { questionId, assigneeId } }, context))
          }
        />
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

function SnoozeForm({
  onSnooze,
  onCancel,
}: {
  onSnooze: (until: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useSupportTranslation();
  const [value, setValue] = useState(() => toLocalInput(new Date(Date.now() + 24 * 3_600_000)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const until = new Date(value);
    if (Number.isNaN(until.getTime())) return;
    void onSnooze(until.toISOString());
  };
  return (
    <form className="desk-actions__form" onSubmit={submit}>
      <TextField
        label={t('actions.snoozeUntil')}
        type="datetime-local"
        value={value}
        required
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit">{t('actions.snoozeSave')}</Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
    </form>
  );
}

function AssignForm({ onAssign }: { onAssign: (assigneeId: string) => void }) {
  const { t } = useSupportTranslation();
  const id = useId();
  const [assigneeId, setAssigneeId] = useState('');
  const [{ data }] = useQuery({ query: AssignableStaffQuery });
  const options = [
    { value: '', label: t('actions.chooseAssignee') },
    ...(data?.assignableStaff ?? []).map((person) => ({
      value: person.id,
      label: person.displayName,
    })),
  ];
  return (
    <form
      className="desk-actions__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (assigneeId) onAssign(assigneeId);
      }}
    >
      <Select
        id={id}
        label={t('actions.assignTo')}
        options={options}
        value={assigneeId}
        onChange={(event) => setAssigneeId(event.target.value)}
      />
      <Button type="submit" disabled={!assigneeId}>
        {t('actions.assign')}
      </Button>
    </form>
  );
}
