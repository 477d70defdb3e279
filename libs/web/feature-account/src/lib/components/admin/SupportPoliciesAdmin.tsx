import {
  useMutation,
  useQuery,
  type ClockStop,
  type SupportPoliciesQuery as SupportPoliciesData,
} from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Alert, Button, Select, TextField } from '@forum/web/ui';
import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  SupportLeadCandidatesQuery,
  SupportPoliciesQuery,
  UpdateSupportPolicyMutation,
} from '../../graphql/SupportPolicies';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { networkFailure, toForumError, type ForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import './Admin.css';
import '../expert/ExpertAreas.css';

/** Products' business hours, first-response targets and escalation ladder: admins. */
export function SupportPoliciesAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/support" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.supportPolicies')} />
            {capabilities.manageSupportPolicies ? (
              <SupportPolicyList capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

interface LeadChoice {
  id: string;
  displayName: string;
}

function SupportPolicyList({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  const [{ data, error }] = useQuery({ query: SupportPoliciesQuery });
  const [{ data: candidates }] = useQuery({ query: SupportLeadCandidatesQuery });
  const leads = useMemo<LeadChoice[]>(() => {
    if (!candidates) return [];
    return [candidates.experts, candidates.moderators, candidates.admins]
      .flatMap((connection) => connection.edges.map((edge) => edge.node))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }, [candidates]);
  const policies = data?.supportPolicies ?? [];

  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('supportPolicies.title')}</h1>
        <p>{t('supportPolicies.lead')}</p>
      </div>
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      {data && policies.length === 0 ? <p>{t('supportPolicies.empty')}</p> : null}
      {policies.map((policy) => (
        <SupportPolicyForm key={policy.product.id} policy={policy} leads={leads} />
      ))}
    </div>
  );
}

/** Which form field an API reason belongs to, so the message appears next to it. */
const fieldOfReason: Record<string, string> = {
  INVALID_TIME_ZONE: 'timeZone',
  INVALID_WORKING_DAYS: 'workingDays',
  INVALID_WORKING_HOURS: 'hours',
  INVALID_HOLIDAYS: 'holidays',
  INVALID_RESPONSE_TARGET: 'target',
  INVALID_WARN_PERCENT: 'warn',
  INVALID_ADMIN_PERCENT: 'admin',
  INVALID_LEAD_EXPERT: 'lead',
};

const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

function timeOf(minute: number): string {
  const clamped = minute % 1440;
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

function minuteOf(time: string, endOfDay: boolean): number {
  const [hours, minutes] = time.split(':').map(Number);
  const minute = (hours ?? 0) * 60 + (minutes ?? 0);
  return endOfDay && minute === 0 ? 1440 : minute;
}

function timeZones(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...zones])].sort((a, b) =>
    a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b),
  );
}

interface SupportPolicyFormProps {
  policy: SupportPoliciesData['supportPolicies'][number];
  leads: readonly LeadChoice[];
}

function SupportPolicyForm({ policy, leads }: SupportPolicyFormProps) {
  const { t, i18n } = useTranslation(['admin', 'account']);
  const format = useFormatters();
  const titleId = useId();
  const [{ fetching, error }, update] = useMutation(UpdateSupportPolicyMutation);
  const [timeZone, setTimeZone] = useState(policy.timeZone);
  const [workingDays, setWorkingDays] = useState<number[]>(policy.workingDays);
  const [dayStart, setDayStart] = useState(timeOf(policy.dayStartMinute));
  const [dayEnd, setDayEnd] = useState(timeOf(policy.dayEndMinute));
  const [holidays, setHolidays] = useState<string[]>(policy.holidays);
  const [newHoliday, setNewHoliday] = useState('');
  const [targetHours, setTargetHours] = useState(String(policy.firstResponseTargetMinutes / 60));
  const [warn, setWarn] = useState(String(policy.warnAtPercent));
  const [admin, setAdmin] = useState(String(policy.adminEscalationPercent));
  const [lead, setLead] = useState(policy.leadExpertId ?? '');
  const [clockStop, setClockStop] = useState<ClockStop>(policy.clockStopsAt);
  const [saved, setSaved] = useState(false);
  const failure: ForumError | undefined = toForumError(error);
  const failedField = failure ? fieldOfReason[failure.reason] : undefined;
  const fieldError = (field: string) =>
    failedField === field && failure ? t(`account:errors.${failure.reason}`) : undefined;
  const zones = useMemo(() => timeZones(policy.timeZone), [policy.timeZone]);
  const weekdayName = useMemo(() => {
    const names = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return (day: number) => names.format(new Date(Date.UTC(2024, 0, day)));
  }, [i18n.language]);
  const product = policy.product.name;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const result = await update({
      input: {
        productId: policy.product.id,
        timeZone,
        workingDays: [...workingDays].sort((a, b) => a - b),
        dayStartMinute: minuteOf(dayStart, false),
        dayEndMinute: minuteOf(dayEnd, true),
        holidays,
        firstResponseTargetMinutes: Math.round(Number(targetHours) * 60),
        warnAtPercent: Math.round(Number(warn)),
        adminEscalationPercent: Math.round(Number(admin)),
        leadExpertId: lead || null,
        clockStopsAt: clockStop,
      },
    });
    setSaved(result.data !== undefined);
  };

  const addHoliday = () => {
    if (newHoliday && !holidays.includes(newHoliday)) {
      setHolidays([...holidays, newHoliday].sort());
    }
    setNewHoliday('');
  };

  const daysError = fieldError('workingDays');
  const holidaysError = fieldError('holidays');

  return (
    <form
      className="forum-form forum-admin__card"
      aria-labelledby={titleId}
      aria-busy={fetching}
      onSubmit={onSubmit}
    >
      <h2 className="forum-admin__card-title" id={titleId}>
        {product}
      </h2>
      {policy.isDefault ? (
        <p className="forum-admin__muted">{t('supportPolicies.usesDefaults')}</p>
      ) : null}
      {failure && !failedField ? <ErrorAlert error={failure} /> : null}
      {saved ? <Alert tone="success">{t('supportPolicies.saved', { product })}</Alert> : null}
      <Select
        label={t('supportPolicies.timeZone')}
        value={timeZone}
        error={fieldError('timeZone')}
        options={zones.map((zone) => ({ value: zone, label: zone }))}
        onChange={(event) => setTimeZone(event.target.value)}
      />
      <fieldset
        className="forum-expert-areas__group"
        aria-invalid={daysError ? true : undefined}
        aria-describedby={daysError ? `${titleId}-days-error` : undefined}
      >
        <legend>{t('supportPolicies.workingDays')}</legend>
        <ul className="forum-expert-areas__checks">
          {isoWeekdays.map((day) => (
            <li key={day}>
              <label>
                <input
                  type="checkbox"
                  checked={workingDays.includes(day)}
                  onChange={(event) =>
                    setWorkingDays(
                      event.target.checked
                        ? [...workingDays, day]
                        : workingDays.filter((chosen) => chosen !== day),
                    )
                  }
                />{' '}
                {weekdayName(day)}
              </label>
            </li>
          ))}
        </ul>
        {daysError ? (
          <div className="forum-field__error" id={`${titleId}-days-error`}>
            {daysError}
          </div>
        ) : null}
      </fieldset>
      <div className="forum-expert-areas__row">
        <TextField
          label={t('supportPolicies.dayStart')}
          type="time"
          required
          value={dayStart}
          error={fieldError('hours')}
          onChange={(event) => setDayStart(event.target.value)}
        />
        <TextField
          label={t('supportPolicies.dayEnd')}
          hint={t('supportPolicies.dayEndHint')}
          type="time"
          required
          value={dayEnd}
          onChange={(event) => setDayEnd(event.target.value)}
        />
      </div>
      <fieldset
        className="forum-expert-areas__group"
        aria-describedby={`${titleId}-holidays-hint${holidaysError ? ` ${titleId}-holidays-error` : ''}`}
      >
        <legend>{t('supportPolicies.holidays')}</legend>
        <p className="forum-field__hint" id={`${titleId}-holidays-hint`}>
          {t('supportPolicies.holidaysHint')}
        </p>
        {holidays.length === 0 ? (
          <p className="forum-expert-areas__none">{t('supportPolicies.noHolidays')}</p>
        ) : (
          <ul className="forum-expert-areas__holidays">
            {holidays.map((day) => (
              <li key={day}>
                <time dateTime={day}>{format.date(`${day}T12:00:00Z`)}</time>
                <Button
                  variant="quiet"
                  aria-label={t('supportPolicies.removeHoliday', { date: day })}
                  onClick={() => setHolidays(holidays.filter((chosen) => chosen !== day))}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="forum-expert-areas__inline">
          <TextField
            label={t('supportPolicies.newHoliday')}
            type="date"
            value={newHoliday}
            onChange={(event) => setNewHoliday(event.target.value)}
          />
          <Button variant="secondary" disabled={!newHoliday} onClick={addHoliday}>
            {t('supportPolicies.addHoliday')}
          </Button>
        </div>
        {holidaysError ? (
          <div className="forum-field__error" id={`${titleId}-holidays-error`}>
            {holidaysError}
          </div>
        ) : null}
      </fieldset>
      <div className="forum-expert-areas__row">
        <TextField
          label={t('supportPolicies.targetHours')}
          hint={t('supportPolicies.targetHoursHint')}
          type="number"
          inputMode="decimal"
          min={0.25}
          max={720}
          step={0.25}
          required
          value={targetHours}
          error={fieldError('target')}
          onChange={(event) => setTargetHours(event.target.value)}
        />
        <TextField
          label={t('supportPolicies.warnPercent')}
          type="number"
          inputMode="numeric"
          min={10}
          max={99}
          required
          value={warn}
          error={fieldError('warn')}
          onChange={(event) => setWarn(event.target.value)}
        />
        <TextField
          label={t('supportPolicies.adminPercent')}
          type="number"
          inputMode="numeric"
          min={101}
          max={1000}
          required
          value={admin}
          error={fieldError('admin')}
          onChange={(event) => setAdmin(event.target.value)}
        />
      </div>
      <div className="forum-expert-areas__row">
        <Select
          label={t('supportPolicies.leadExpert')}
          hint={t('supportPolicies.leadExpertHint')}
          value={lead}
          error={fieldError('lead')}
          options={[
            { value: '', label: t('supportPolicies.noLead') },
            ...leads.map((person) => ({ value: person.id, label: person.displayName })),
          ]}
          onChange={(event) => setLead(event.target.value)}
        />
        <Select
          label={t('supportPolicies.clockStop')}
          value={clockStop}
          options={(['STAFF_ANSWER', 'ANY_ANSWER'] as const).map((value) => ({
            value,
            label: t(`supportPolicies.clockStops.${value}`),
          }))}
          onChange={(event) => setClockStop(event.target.value as ClockStop)}
        />
      </div>
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('supportPolicies.save', { product })}
        </Button>
      </div>
    </form>
  );
}
