import { useTranslation } from '@forum/web/i18n';

export interface IdeasPageTitleProps {
  page: string;
}

/** The document title, "Ideas · Customer Community". */
export function IdeasPageTitle({ page }: IdeasPageTitleProps) {
  const { t } = useTranslation();
  return <title>{t('documentTitle', { page, product: t('productName') })}</title>;
}
