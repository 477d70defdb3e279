import { createForumClient, ForumClientProvider } from '@forum/web/data-access-graphql';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

function CurrentLocation() {
  const { pathname, search, hash } = useLocation();
  return <span hidden data-testid="location">{`${pathname}${search}${hash}`}</span>;
}

export interface RenderWithForumOptions {
  /** The network edge, usually `stubGraphql(...).fetch`. */
  fetch: typeof globalThis.fetch;
  language?: Language;
  /** The URL the page is shown at, e.g. "/questions?state=solved". */
  path?: string;
  /** Where the page is mounted, e.g. "/questions/:id/:slug?"; "*" keeps it on every path. */
  routePath?: string;
  /** Opens subscriptions over this WebSocket class (e.g. `FakeGraphqlSocket`); none without it. */
  webSocketImpl?: unknown;
}

/**
 * Renders a page at `path` with a real GraphQL client, the translations and a router, as the app
 * does. Any other path shows a placeholder, and `getByTestId('location')` says where navigation
 * ended up.
 */
export function renderWithForum(
  ui: ReactElement,
  {
    fetch,
    language = 'en',
    path = '/',
    routePath = path.split(/[?#]/)[0],
    webSocketImpl,
  }: RenderWithForumOptions,
) {
  const client = createForumClient({
    fetch,
    live: webSocketImpl ? { url: 'ws://forum.test/graphql', webSocketImpl } : false,
  });
  const i18n = createI18n({ language });
  const view = render(
    <I18nProvider i18n={i18n}>
      <ForumClientProvider value={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={routePath} element={ui} />
            {routePath === '*' ? null : <Route path="*" element={<p>Another page</p>} />}
          </Routes>
          <CurrentLocation />
        </MemoryRouter>
      </ForumClientProvider>
    </I18nProvider>,
  );
  return { ...view, i18n, client };
}
