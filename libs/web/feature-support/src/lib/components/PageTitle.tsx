import { useTranslation } from '@forum/web/i18n';

/** The document title, "Inbox · Customer Community". */
export function PageTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('documentTitle', { page, product: t('productName') })}</title>;
}
