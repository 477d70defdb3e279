import { createForumClient, ForumClientProvider } from '@forum/web/data-access-graphql';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

interface GraphQLRequestBody {
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * The network edge: answers each GraphQL operation from `answers` (a function sees the
 * variables) and records the requests; an operation without an answer fails the test.
 */
export function stubGraphql(answers: Record<string, unknown>) {
  const all: Record<string, unknown> = { Viewer: { data: { me: null } }, ...answers };
  const requests: GraphQLRequestBody[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as GraphQLRequestBody;
    requests.push(request);
    const name = request.operationName ?? '';
    if (!(name in all)) throw new Error(`Unexpected GraphQL operation ${name}`);
    const answer = all[name];
    const body =
      typeof answer === 'function'
        ? (answer as (v: object) => unknown)(request.variables ?? {})
        : answer;
    return {
      status: 200,
      ok: true,
      headers: {
        get: (h: string) => (h.toLowerCase() === 'content-type' ? 'application/json' : null),
      },
      text: async () => JSON.stringify(body),
      json: async () => body,
    } as unknown as Response;
  }) as typeof globalThis.fetch;
  const sent = (name: string) => requests.filter((r) => r.operationName === name);
  return { fetch, sent };
}

function CurrentLocation() {
  const { pathname, search } = useLocation();
  return <span hidden data-testid="location">{`${pathname}${search}`}</span>;
}

/** Renders a page with a real GraphQL client, the translations and a router at `path`. */
export function renderWithPeople(
  ui: ReactElement,
  {
    fetch,
    language = 'en',
    path = '/',
  }: { fetch: typeof globalThis.fetch; language?: Language; path?: string },
) {
  const client = createForumClient({ fetch });
  return render(
    <I18nProvider i18n={createI18n({ language })}>
      <ForumClientProvider value={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={path.split('?')[0]} element={ui} />
            <Route path="*" element={<p>Another page</p>} />
          </Routes>
          <CurrentLocation />
        </MemoryRouter>
      </ForumClientProvider>
    </I18nProvider>,
  );
}
