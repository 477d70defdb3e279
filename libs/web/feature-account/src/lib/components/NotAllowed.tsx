import { useTranslation } from '@forum/web/i18n';
import { MessagePanel } from '@forum/web/ui';
import { Link } from 'react-router';

/** For signed-in people whose role does not include a page. */
export function NotAllowed() {
  const { t } = useTranslation('admin');
  return (
    <MessagePanel
      eyebrow="403"
      title={t('notAllowed.title')}
      action={<Link to="/">{t('notAllowed.action')}</Link>}
    >
      {t('notAllowed.body')}
    </MessagePanel>
  );
}
