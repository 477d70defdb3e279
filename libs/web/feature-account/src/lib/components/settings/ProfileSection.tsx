import { useMutation } from '@forum/web/data-access-graphql';
import { useLanguage, useTranslation } from '@forum/web/i18n';
import { Alert, Button, TextField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import type { Viewer } from '@forum/web/data-access-session';
import { UpdateProfileMutation } from '../../graphql/UpdateProfile';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { toForumError } from '../../utils/forumError';
import { languageOf, localeOf } from '../../utils/locale';
import { ErrorAlert } from '../ErrorAlert';
import { LanguageSelect } from '../LanguageSelect';
import { TimeZoneSelect } from '../TimeZoneSelect';
import { SettingsSection } from './SettingsSection';

export interface ProfileSectionProps {
  viewer: Viewer;
}

/** Display name and language; saving a language also switches these pages to it. */
export function ProfileSection({ viewer }: ProfileSectionProps) {
  const { t } = useTranslation('account');
  const { language: currentLanguage, setLanguage: switchLanguage } = useLanguage();
  const [{ data, fetching, error }, updateProfile] = useMutation(UpdateProfileMutation);
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [language, setLanguage] = useState(languageOf(viewer.locale) ?? currentLanguage);
  const [timeZone, setTimeZone] = useState(viewer.timeZone ?? 'UTC');
  const [saved, setSaved] = useState(false);
  const failure = toForumError(error);
  const fieldError = useFieldErrors(failure);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const result = await updateProfile({
      input: { displayName: displayName.trim(), locale: localeOf(language), timeZone },
    });
    if (!result.data) return;
    setSaved(true);
    if (language !== currentLanguage) switchLanguage(language);
  };

  return (
    <SettingsSection title={t('settings.profile.title')}>
      <form className="forum-form" onSubmit={onSubmit} aria-busy={fetching}>
        <ErrorAlert error={failure} />
        {saved && data ? <Alert tone="success">{t('settings.profile.saved')}</Alert> : null}
        <div className="forum-settings__row">
          <TextField
            label={t('fields.displayName')}
            hint={t('fields.displayNameHint')}
            error={fieldError('displayName')}
            name="displayName"
            autoComplete="nickname"
            required
            minLength={2}
            maxLength={60}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
          <LanguageSelect value={language} onChange={setLanguage} />
        </div>
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={fieldError('timeZone')} />
        <div className="forum-form__actions">
          <Button type="submit" busy={fetching}>
            {t('settings.profile.submit')}
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
