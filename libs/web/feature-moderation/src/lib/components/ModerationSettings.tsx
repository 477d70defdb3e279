import { moderationSettingBounds } from '@forum/shared/domain';
import {
  useFragment,
  useMutation,
  useQuery,
  type ModerationSettingsFieldsFragment,
  type UpdateModerationSettingsInput,
} from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useFormatters } from '@forum/web/i18n';
import { Alert, Button, TextField, useModerationTranslation } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import {
  ModerationSettingsFields,
  ModerationSettingsQuery,
  UpdateModerationSettingsMutation,
} from '../graphql/ModerationSettings';
import { moderationReason } from '../utils/moderationError';
import { isAdmin } from '../utils/roles';
import { PageTitle } from './PageTitle';
import './Moderation.css';

type NumberSetting = keyof typeof moderationSettingBounds;
type ToggleSetting =
  'firstPostReviewEnabled' | 'linkRuleEnabled' | 'repeatRuleEnabled' | 'typingRuleEnabled';
type Draft = Record<NumberSetting, string> & Record<ToggleSetting, boolean>;

const numberSettings = Object.keys(moderationSettingBounds) as NumberSetting[];

function draftOf(settings: ModerationSettingsFieldsFragment): Draft {
  return {
    flagHideWeight: String(settings.flagHideWeight),
    newAccountDays: String(settings.newAccountDays),
    newAccountReputation: String(settings.newAccountReputation),
    maxLinks: String(settings.maxLinks),
    repeatWindowDays: String(settings.repeatWindowDays),
    maxCharactersPerSecond: String(settings.maxCharactersPerSecond),
    firstPostReviewEnabled: settings.firstPostReviewEnabled,
    linkRuleEnabled: settings.linkRuleEnabled,
    repeatRuleEnabled: settings.repeatRuleEnabled,
    typingRuleEnabled: settings.typingRuleEnabled,
  };
}

function inBounds(name: NumberSetting, value: string): boolean {
  if (!/^\d+$/.test(value.trim())) return false;
  const number = Number(value);
  const { min, max } = moderationSettingBounds[name];
  return number >= min && number <= max;
}

/** `/admin/moderation`: when flags hide a post and which spam rules hold new accounts' posts. */
export function ModerationSettings() {
  const { t } = useModerationTranslation();
  return (
    <SignedInOnly
      returnTo="/admin/moderation"
      unreachable={<Alert tone="error">{t('failed')}</Alert>}
    >
      {(viewer) => (
        <>
          <PageTitle page={t('documentTitle.settings')} />
          {isAdmin(viewer.role) ? (
            <SettingsLoader />
          ) : (
            <Alert tone="error">{t('settings.notAllowed')}</Alert>
          )}
        </>
      )}
    </SignedInOnly>
  );
}

function SettingsLoader() {
  const { t } = useModerationTranslation();
  const [{ data, error }] = useQuery({ query: ModerationSettingsQuery });
  const settings = useFragment(ModerationSettingsFields, data?.moderationSettings);
  if (error && !data) return <Alert tone="error">{t('failed')}</Alert>;
  if (!settings) return <p role="status">{t('loading')}</p>;
  return <SettingsForm settings={settings} />;
}

function SettingsForm({ settings }: { settings: ModerationSettingsFieldsFragment }) {
  const { t } = useModerationTranslation();
  const { dateTime } = useFormatters();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [invalid, setInvalid] = useState<ReadonlySet<NumberSetting>>(new Set());
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateModerationSettingsMutation);
  const reason = moderationReason(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = new Set(numberSettings.filter((name) => !inBounds(name, draft[name])));
    setInvalid(wrong);
    setSaved(false);
    if (wrong.size > 0) return;
    const input: UpdateModerationSettingsInput = {
      firstPostReviewEnabled: draft.firstPostReviewEnabled,
      linkRuleEnabled: draft.linkRuleEnabled,
      repeatRuleEnabled: draft.repeatRuleEnabled,
      typingRuleEnabled: draft.typingRuleEnabled,
    };
    for (const name of numberSettings) input[name] = Number(draft[name]);
    const result = await update({ input });
    if (result.data) setSaved(true);
  };

  const numberField = (name: NumberSetting) => {
    const { min, max } = moderationSettingBounds[name];
    return (
      <TextField
        label={t(`settings.${name}`)}
        hint={t(`settings.${name}Hint`)}
        error={invalid.has(name) ? t('settings.errors.INVALID_SETTINGS') : undefined}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        required
        value={draft[name]}
        onChange={(event) => setDraft((current) => ({ ...current, [name]: event.target.value }))}
      />
    );
  };

  const toggle = (name: ToggleSetting) => (
    <label className="forum-moderation__check">
      <input
        type="checkbox"
        name={name}
        checked={draft[name]}
        onChange={(event) => setDraft((current) => ({ ...current, [name]: event.target.checked }))}
      />
      {t(`settings.${name}`)}
    </label>
  );

  return (
    <section className="forum-moderation" aria-labelledby="moderation-settings-title">
      <header className="forum-moderation__header">
        <h1 id="moderation-settings-title">{t('settings.title')}</h1>
        <p>{t('settings.intro')}</p>
        <p className="forum-moderation__muted">
          {t('settings.updatedAt', { date: dateTime(settings.updatedAt) })}
        </p>
      </header>
      <form className="forum-form forum-moderation__settings" noValidate onSubmit={submit}>
        {saved ? <Alert tone="success">{t('settings.saved')}</Alert> : null}
        {error ? (
          <Alert tone="error">
            {reason === 'INVALID_SETTINGS' || reason === 'ACCESS_DENIED'
              ? t(`settings.errors.${reason}`)
              : t('settings.errors.UNKNOWN')}
          </Alert>
        ) : null}
        <fieldset className="forum-moderation__group">
          <legend>{t('settings.flags')}</legend>
          {numberField('flagHideWeight')}
        </fieldset>
        <fieldset className="forum-moderation__group">
          <legend>{t('settings.newAccounts')}</legend>
          {numberField('newAccountDays')}
          {numberField('newAccountReputation')}
          {toggle('firstPostReviewEnabled')}
        </fieldset>
        <fieldset className="forum-moderation__group">
          <legend>{t('settings.rules')}</legend>
          {toggle('linkRuleEnabled')}
          {numberField('maxLinks')}
          {toggle('repeatRuleEnabled')}
          {numberField('repeatWindowDays')}
          {toggle('typingRuleEnabled')}
          {numberField('maxCharactersPerSecond')}
        </fieldset>
        <div className="forum-form__actions">
          <Button type="submit" busy={fetching}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
