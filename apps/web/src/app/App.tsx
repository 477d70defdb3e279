import { BrowserRouter } from 'react-router';
import { AppProviders, type AppProvidersProps } from './AppProviders';
import { AppRoutes } from './routes';

export interface AppProps extends Omit<AppProvidersProps, 'children'> {
  version: string;
}

export function App({ client, i18n, version }: AppProps) {
  return (
    <AppProviders client={client} i18n={i18n}>
      <BrowserRouter>
        <AppRoutes version={version} />
      </BrowserRouter>
    </AppProviders>
  );
}
