import { SignedInOnly } from '@forum/web/data-access-session';
import { Alert } from '@forum/web/ui';
import type { ReactNode } from 'react';
import { PageTitle } from '../PageTitle';
import { useNotificationsTranslation } from '../useNotificationsTranslation';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

/**
 * `/settings/notifications`: the e-mail preferences, for signed-in people only. `children` are
 * further notification settings shown below them (following automatically).
 */
export function NotificationSettings({ children }: { children?: ReactNode }) {
  const { t } = useNotificationsTranslation();
  return (
    <SignedInOnly
      returnTo="/settings/notifications"
      unreachable={<Alert tone="error">{t('error')}</Alert>}
    >
      {() => (
        <>
          <PageTitle page={t('documentTitle.preferences')} />
          <NotificationPreferencesForm>{children}</NotificationPreferencesForm>
        </>
      )}
    </SignedInOnly>
  );
}
