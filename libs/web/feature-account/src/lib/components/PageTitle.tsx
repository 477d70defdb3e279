import { useTranslation } from '@forum/web/i18n';

export interface PageTitleProps {
  /** The translated name of the page. */
  page: string;
}

/** The document title, "Settings · Customer Community". */
export function PageTitle({ page }: PageTitleProps) {
  const { t } = useTranslation();
  return <title>{t('documentTitle', { page, product: t('productName') })}</title>;
}
