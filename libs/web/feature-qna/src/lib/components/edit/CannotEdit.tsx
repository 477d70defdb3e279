import { MessagePanel } from '@forum/web/ui';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

/** For signed-in people who open the edit page of a post they may not change. */
export function CannotEdit({ backTo }: { backTo: string }) {
  const { t } = useQnaTranslation();
  return (
    <MessagePanel
      eyebrow="403"
      title={t('edit.notAllowedTitle')}
      action={<Link to={backTo}>{t('history.back')}</Link>}
    >
      {t('edit.notAllowedBody')}
    </MessagePanel>
  );
}
