import { useAccountTrust, useFlagContent } from '@forum/web/data-access-moderation';
import { useViewer } from '@forum/web/data-access-session';
import { Alert, Button, FlagControl, useModerationTranslation } from '@forum/web/ui';

/**
 * Under a profile: "Flag" for signed-in people on someone else's profile, and for admins the
 * switch that lets an account's posts skip the spam rules.
 */
export function ProfileModeration({
  userId,
  trusted = null,
}: {
  userId: string;
  /** The profile's `trusted` field: the current state for admins, null for everyone else. */
  trusted?: boolean | null;
}) {
  const { viewer } = useViewer();
  const flag = useFlagContent();
  if (!viewer || viewer.id === userId) return null;
  return (
    <div className="forum-profile__moderation">
      <FlagControl targetKind="USER" targetId={userId} onFlag={flag} variant="secondary" />
      {viewer.role === 'ADMIN' ? <TrustControl userId={userId} current={trusted} /> : null}
    </div>
  );
}

function TrustControl({ userId, current }: { userId: string; current: boolean | null }) {
  const { t } = useModerationTranslation();
  const { trusted, busy, failed, setTrusted } = useAccountTrust(userId, current);
  return (
    <div className="forum-profile__trust" role="group" aria-label={t('trust.label')}>
      <Button
        variant="secondary"
        busy={busy}
        aria-pressed={trusted === true}
        onClick={() => void setTrusted(true)}
      >
        {t('trust.trust')}
      </Button>
      <Button
        variant="secondary"
        busy={busy}
        aria-pressed={trusted === false}
        onClick={() => void setTrusted(false)}
      >
        {t('trust.untrust')}
      </Button>
      {trusted !== null ? (
        <p role="status" className="forum-profile__trust-state">
          {trusted ? t('trust.trusted') : t('trust.untrusted')}
        </p>
      ) : null}
      {failed ? <Alert tone="error">{t('trust.failed')}</Alert> : null}
    </div>
  );
}
