import { useTranslation } from '@forum/web/i18n';
import { SystemStatusPanel } from './SystemStatusPanel';
import { WelcomeSection } from './WelcomeSection';

/** The community's front page: what it is for, and whether it is working. */
export function CommunityHome() {
  const { t } = useTranslation(['home', 'common']);
  return (
    <>
      <title>
        {t('common:documentTitle', {
          page: t('home:documentTitle'),
          product: t('common:productName'),
        })}
      </title>
      <WelcomeSection />
      <SystemStatusPanel />
    </>
  );
}
