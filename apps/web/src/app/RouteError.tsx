import { useTranslation } from '@forum/web/i18n';
import { MessagePanel } from '@forum/web/ui';
import { Link } from 'react-router';

/** Shown inside the shell when a page fails to load or render. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <>
      <title>
        {t('documentTitle', { page: t('error.documentTitle'), product: t('productName') })}
      </title>
      <MessagePanel title={t('error.title')} action={<Link to="/">{t('error.action')}</Link>}>
        {t('error.body')}
      </MessagePanel>
    </>
  );
}
