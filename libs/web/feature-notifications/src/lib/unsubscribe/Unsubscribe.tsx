import {
  readGraphqlError,
  useMutation,
  useQuery,
  type CombinedError,
} from '@forum/web/data-access-graphql';
import { NotificationErrorReason } from '@forum/shared/domain';
import { Alert, Button, MessagePanel } from '@forum/web/ui';
import { Link } from 'react-router';
import { PageTitle } from '../PageTitle';
import { kindKey, useNotificationsTranslation } from '../useNotificationsTranslation';
import { UnsubscribeMutation, UnsubscribeTokenInfoQuery } from './Unsubscribe.graphql';

const tokenReasons = [
  NotificationErrorReason.UnsubscribeTokenInvalid,
  NotificationErrorReason.UnsubscribeTokenExpired,
] as const;

export interface UnsubscribeProps {
  /** The token from the e-mail's link; absent when the page was opened without one. */
  token?: string | null;
}

/**
 * Where the unsubscribe link of an e-mail leads: says what it switches off, does so on one
 * click, without signing in. A changed or expired link gets a clear page and changes nothing.
 */
export function Unsubscribe({ token }: UnsubscribeProps) {
  const { t } = useNotificationsTranslation();
  const manage = <Link to="/settings/notifications">{t('unsubscribe.manage')}</Link>;
  const [{ data, fetching, error }] = useQuery({
    query: UnsubscribeTokenInfoQuery,
    variables: { token: token ?? '' },
    pause: !token,
    requestPolicy: 'network-only',
  });
  const [done, unsubscribe] = useMutation(UnsubscribeMutation);

  if (!token) {
    return (
      <Page title={t('unsubscribe.title')}>
        <MessagePanel title={t('unsubscribe.title')} action={manage}>
          <p>{t('unsubscribe.missing')}</p>
        </MessagePanel>
      </Page>
    );
  }

  const failure = badToken(error ?? done.error);
  if (failure) {
    return (
      <Page title={t('unsubscribe.title')}>
        <MessagePanel title={t('unsubscribe.title')} action={manage}>
          <Alert tone="error">
            {failure === NotificationErrorReason.UnsubscribeTokenExpired
              ? t('unsubscribe.expired')
              : t('unsubscribe.invalid')}
          </Alert>
        </MessagePanel>
      </Page>
    );
  }
  if (error || done.error) {
    return (
      <Page title={t('unsubscribe.title')}>
        <Alert tone="error">{t('error')}</Alert>
      </Page>
    );
  }

  const info = data?.unsubscribeTokenInfo;
  if (fetching || !info) {
    return (
      <Page title={t('unsubscribe.title')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }

  const finished = done.data?.unsubscribe.unsubscribed === true;
  const lead =
    info.scope === 'digest.daily'
      ? t('unsubscribe.leadDaily')
      : info.scope === 'digest.weekly'
        ? t('unsubscribe.leadWeekly')
        : t('unsubscribe.leadKind', {
            what: t(`kinds.${kindKey(info.scope)}` as 'kinds.mention'),
          });
  return (
    <Page title={t('unsubscribe.title')}>
      {/* While the choice is open, the unsubscribe button is the one action; the settings link waits below. */}
      <MessagePanel
        title={t('unsubscribe.title')}
        action={finished || info.unsubscribed ? manage : undefined}
      >
        {finished ? (
          <Alert tone="success">{t('unsubscribe.done')}</Alert>
        ) : info.unsubscribed ? (
          <Alert tone="info">{t('unsubscribe.already')}</Alert>
        ) : (
          <>
            <p>{lead}</p>
            <Button type="button" busy={done.fetching} onClick={() => void unsubscribe({ token })}>
              {t('unsubscribe.submit')}
            </Button>
            <p>{manage}</p>
          </>
        )}
      </MessagePanel>
    </Page>
  );
}

function badToken(error: CombinedError | undefined) {
  const reason = readGraphqlError(error, tokenReasons)?.reason;
  return tokenReasons.find((known) => known === reason);
}

function Page({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="notification-unsubscribe">
      <PageTitle page={title} />
      {children}
    </div>
  );
}
