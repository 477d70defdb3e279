import { useFollowSettings, type FollowSettingName } from '@forum/web/data-access-following';
import { Alert, useFollowingTranslation } from '@forum/web/ui';
import { useId, useState } from 'react';
import './Following.css';

const names: readonly FollowSettingName[] = [
  'followOnAsk',
  'followOnAnswer',
  'followOnComment',
  'followOnIdeaVote',
];

/**
 * The auto-follow switches as a section of a settings page: which of one's own actions make one
 * follow the post. Each switch saves when changed. For signed-in people only.
 */
export function FollowSettingsForm() {
  const { t } = useFollowingTranslation();
  const headingId = useId();
  const { settings, saving, error, change } = useFollowSettings();
  const [saved, setSaved] = useState(false);
  return (
    <section className="forum-following__settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('followSettings.title')}</h2>
      <p>{t('followSettings.description')}</p>
      {settings ? (
        <fieldset disabled={saving} aria-labelledby={headingId}>
          {names.map((name) => (
            <div key={name}>
              <label>
                <input
                  type="checkbox"
                  checked={settings[name]}
                  onChange={async (event) => {
                    setSaved(false);
                    setSaved(await change(name, event.target.checked));
                  }}
                />{' '}
                {t(`followSettings.${name}`)}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {error ? <Alert tone="error">{t('followSettings.failed')}</Alert> : null}
      {saved && !error ? <p role="status">{t('followSettings.saved')}</p> : null}
    </section>
  );
}
