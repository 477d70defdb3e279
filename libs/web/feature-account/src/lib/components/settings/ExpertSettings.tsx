import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Alert, Button, TextField } from '@forum/web/ui';
import { useId, useState, type FormEvent } from 'react';
import {
  ClearAwayMutation,
  MyExpertSettingsQuery,
  SetAwayMutation,
  UpdateMyExpertAreasMutation,
} from '../../graphql/ExpertSettings';
import { hasExpertSettings } from '../../utils/capabilities';
import { networkFailure, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { areaIdsOf, type ChosenAreas, ExpertAreasFields } from '../expert/ExpertAreasFields';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { SettingsSection } from './SettingsSection';
import './Settings.css';

/** Staff's own areas and time away, at `/settings/expert`. */
export function ExpertSettings() {
  const { t } = useTranslation('account');
  return (
    <SignedInOnly returnTo="/settings/expert" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => (
        <>
          <PageTitle page={t('documentTitle.expertSettings')} />
          {hasExpertSettings(viewer.role) ? <ExpertSettingsSections /> : <NotAllowed />}
        </>
      )}
    </SignedInOnly>
  );
}

function ExpertSettingsSections() {
  const { t } = useTranslation('account');
  const [{ data, error }] = useQuery({ query: MyExpertSettingsQuery });
  const me = data?.me;
  return (
    <div className="forum-settings">
      <div className="forum-settings__intro">
        <h1 className="forum-settings__title">{t('expertSettings.title')}</h1>
        <p>{t('expertSettings.lead')}</p>
      </div>
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      {me ? (
        <>
          <MyAreasSection key={me.id} initial={me.expertAreas} />
          <AwaySection isAway={me.isAway === true} awayUntil={me.awayUntil ?? null} />
        </>
      ) : null}
    </div>
  );
}

function MyAreasSection({ initial }: { initial: ChosenAreas }) {
  const { t } = useTranslation('account');
  const [{ fetching, error }, update] = useMutation(UpdateMyExpertAreasMutation);
  const [areas, setAreas] = useState<ChosenAreas>(initial);
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const result = await update({ input: areaIdsOf(areas) });
    setSaved(result.data !== undefined);
  };

  return (
    <SettingsSection title={t('expertSettings.areasTitle')}>
      <form className="forum-form" aria-busy={fetching} onSubmit={onSubmit}>
        <ErrorAlert error={toForumError(error)} />
        {saved ? <Alert tone="success">{t('expertSettings.areasSaved')}</Alert> : null}
        <ExpertAreasFields value={areas} onChange={setAreas} />
        <div className="forum-form__actions">
          <Button type="submit" busy={fetching}>
            {t('expertSettings.saveAreas')}
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}

/** `2026-12-20T09:30` in the browser's time zone, as an ISO moment. */
function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}

function AwaySection({ isAway, awayUntil }: { isAway: boolean; awayUntil: string | null }) {
  const { t } = useTranslation('account');
  const format = useFormatters();
  const statusId = useId();
  const [{ fetching: setting, error: setError }, setAway] = useMutation(SetAwayMutation);
  const [{ fetching: clearing, error: clearError }, clearAway] = useMutation(ClearAwayMutation);
  const [until, setUntil] = useState('');
  const [message, setMessage] = useState<string>();
  const failure = toForumError(setError ?? clearError);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(undefined);
    const result = await setAway({ input: { until: fromLocalInput(until) } });
    if (result.data) setMessage(t('expertSettings.awaySaved'));
  };

  const onBack = async () => {
    setMessage(undefined);
    const result = await clearAway({});
    if (result.data) {
      setUntil('');
      setMessage(t('expertSettings.backSaved'));
    }
  };

  return (
    <SettingsSection title={t('expertSettings.awayTitle')}>
      <p id={statusId} role="status">
        {isAway
          ? awayUntil
            ? t('expertSettings.isAwayUntil', { date: format.dateTime(awayUntil) })
            : t('expertSettings.isAwayOpenEnded')
          : t('expertSettings.isAvailable')}
      </p>
      <form className="forum-form" aria-busy={setting || clearing} onSubmit={onSubmit}>
        <ErrorAlert error={failure} />
        {message ? <Alert tone="success">{message}</Alert> : null}
        <TextField
          label={t('expertSettings.awayUntil')}
          hint={t('expertSettings.awayUntilHint')}
          type="datetime-local"
          name="awayUntil"
          value={until}
          error={
            failure?.reason === 'INVALID_AWAY_UNTIL' ? t('errors.INVALID_AWAY_UNTIL') : undefined
          }
          onChange={(event) => setUntil(event.target.value)}
        />
        <div className="forum-form__actions">
          <Button type="submit" busy={setting}>
            {t('expertSettings.setAway')}
          </Button>
          {isAway ? (
            <Button variant="secondary" busy={clearing} onClick={() => void onBack()}>
              {t('expertSettings.back')}
            </Button>
          ) : null}
        </div>
      </form>
    </SettingsSection>
  );
}
