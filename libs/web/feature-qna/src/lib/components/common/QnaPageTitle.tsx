import { useTranslation } from '@forum/web/i18n';

export interface QnaPageTitleProps {
  /** The translated name of the page, or a question's title. */
  page: string;
}

/** The document title, "Questions · Customer Community". */
export function QnaPageTitle({ page }: QnaPageTitleProps) {
  const { t } = useTranslation();
  return <title>{t('documentTitle', { page, product: t('productName') })}</title>;
}
