import { ForumClientProvider, type ForumClient } from '@forum/web/data-access-graphql';
import { I18nProvider } from '@forum/web/i18n';
import type { ComponentProps, ReactNode } from 'react';

export interface AppProvidersProps {
  client: ForumClient;
  i18n: ComponentProps<typeof I18nProvider>['i18n'];
  children: ReactNode;
}

/** Everything a page needs from its surroundings: texts and the GraphQL client. */
export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <I18nProvider i18n={i18n}>
      <ForumClientProvider value={client}>{children}</ForumClientProvider>
    </I18nProvider>
  );
}
