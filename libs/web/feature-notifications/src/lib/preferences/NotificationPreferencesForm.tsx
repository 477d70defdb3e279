import { useMutation, useQuery, type EmailCadence } from '@forum/web/data-access-graphql';
import { Alert, Button, Select } from '@forum/web/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { kindKey, useNotificationsTranslation } from '../useNotificationsTranslation';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from './NotificationPreferences.graphql';

// Inline, so the page needs no style sheet that the first page's bundle could pick up.
const layout = {
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: 'var(--forum-space-4)',
    maxWidth: '46rem',
    margin: '0 auto',
  },
  title: { margin: 0 },
  lead: { margin: 0 },
  fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 },
} as const;

const cadences: readonly EmailCadence[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER'];

export interface NotificationPreferencesFormProps {
  /**
   * Further settings shown below the e-mail choices on the same page, e.g. which posts are
   * followed automatically (the follow settings form goes here).
   */
  children?: ReactNode;
}

/** One e-mail cadence per notification kind, saved together with one button. */
export function NotificationPreferencesForm({ children }: NotificationPreferencesFormProps) {
  const { t } = useNotificationsTranslation();
  const [{ data, fetching: loading, error: loadError }] = useQuery({
    query: NotificationPreferencesQuery,
  });
  const [{ fetching: saving, error: saveError }, save] = useMutation(
    UpdateNotificationPreferencesMutation,
  );
  const [choices, setChoices] = useState<Record<string, EmailCadence>>({});
  const [saved, setSaved] = useState(false);
  const preferences = data?.notificationPreferences;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!preferences) return;
    setSaved(false);
    const result = await save({
      input: {
        preferences: preferences.map((preference) => ({
          kind: preference.kind,
          emailCadence: choices[preference.kind] ?? preference.emailCadence,
        })),
      },
    });
    if (!result.data) return;
    setChoices({});
    setSaved(true);
  };

  return (
    <div style={layout.page}>
      <h1 style={layout.title}>{t('preferences.title')}</h1>
      <p style={layout.lead}>{t('preferences.lead')}</p>
      <p>
        <Link to="/settings">{t('preferences.timeZoneLink')}</Link>
      </p>
      {loadError ? <Alert tone="error">{t('error')}</Alert> : null}
      {loading && !preferences ? <p role="status">{t('loading')}</p> : null}
      {preferences ? (
        <form className="forum-form" onSubmit={onSubmit} aria-busy={saving}>
          {saveError ? <Alert tone="error">{t('preferences.saveFailed')}</Alert> : null}
          {saved ? <Alert tone="success">{t('preferences.saved')}</Alert> : null}
          <fieldset className="forum-form" style={layout.fieldset}>
            <legend>{t('preferences.cadenceColumn')}</legend>
            {preferences.map((preference) => {
              const value = choices[preference.kind] ?? preference.emailCadence;
              return (
                <Select
                  key={preference.kind}
                  label={t(`kinds.${kindKey(preference.kind)}` as 'kinds.mention')}
                  hint={preference.isDefault ? t('preferences.defaultHint') : undefined}
                  name={preference.kind}
                  value={value}
                  options={cadences.map((cadence) => ({
                    value: cadence,
                    label: t(`cadences.${cadence}`),
                  }))}
                  onChange={(event) => {
                    setSaved(false);
                    setChoices((current) => ({
                      ...current,
                      [preference.kind]: event.target.value as EmailCadence,
                    }));
                  }}
                />
              );
            })}
          </fieldset>
          <div className="forum-form__actions">
            <Button type="submit" busy={saving}>
              {t('preferences.submit')}
            </Button>
          </div>
        </form>
      ) : null}
      {/* Other notification settings (following automatically) are placed here. */}
      {children}
    </div>
  );
}
