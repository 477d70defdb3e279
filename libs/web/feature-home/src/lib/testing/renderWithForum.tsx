import { createForumClient, ForumClientProvider } from '@forum/web/data-access-graphql';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

export interface GraphQLRequestBody {
  operationName?: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** A `Response` with just what urql's fetch exchange reads (jsdom has no `Response`). */
export function jsonResponse(body: unknown, status = 200): Response {
  return {
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    ok: status >= 200 && status < 300,
    headers: {
      get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null),
    },
    text: async () => JSON.stringify(body),
    json: async () => body,
  } as unknown as Response;
}

/** A `fetch` that hands each GraphQL request to `answer`, the network edge of the app. */
export function stubFetch(answer: (request: GraphQLRequestBody) => Response | Promise<Response>) {
  const requests: GraphQLRequestBody[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as GraphQLRequestBody;
    requests.push(request);
    return answer(request);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

export function renderWithForum(
  ui: ReactElement,
  { fetch, language = 'en' }: { fetch: typeof globalThis.fetch; language?: Language },
) {
  const client = createForumClient({ fetch });
  const i18n = createI18n({ language });
  const view = render(
    <I18nProvider i18n={i18n}>
      <ForumClientProvider value={client}>
        <MemoryRouter>{ui}</MemoryRouter>
      </ForumClientProvider>
    </I18nProvider>,
  );
  return { ...view, i18n };
}
