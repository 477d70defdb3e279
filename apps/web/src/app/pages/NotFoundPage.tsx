import { useTranslation } from '@forum/web/i18n';
import { MessagePanel } from '@forum/web/ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>
        {t('documentTitle', { page: t('notFound.documentTitle'), product: t('productName') })}
      </title>
      <meta name="robots" content="noindex" />
      <MessagePanel
        eyebrow={t('notFound.code')}
        title={t('notFound.title')}
        action={<Link to="/">{t('notFound.action')}</Link>}
      >
        {t('notFound.body')}
      </MessagePanel>
    </>
  );
}
