import { createForumClient } from '@forum/web/data-access-graphql';
import { createI18n } from '@forum/web/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

createRoot(container).render(
  <StrictMode>
    <App
      client={createForumClient({ persistedDocuments: import.meta.env.PROD, live: true })}
      i18n={createI18n()}
      version={__APP_VERSION__}
    />
  </StrictMode>,
);
