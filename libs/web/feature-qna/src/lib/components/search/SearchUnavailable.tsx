import { Alert } from '@forum/web/ui';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

/** What the search page says while the search engine is down: the list still works. */
export function SearchUnavailable() {
  const { t } = useQnaTranslation();
  return (
    <Alert tone="info" title={t('search.unavailable.title')}>
      {t('search.unavailable.body')} <Link to="/questions">{t('search.unavailable.browse')}</Link>
    </Alert>
  );
}
