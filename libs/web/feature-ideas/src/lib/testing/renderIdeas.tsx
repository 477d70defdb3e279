import { createForumClient, ForumClientProvider } from '@forum/web/data-access-graphql';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

interface GraphQLRequestBody {
  operationName?: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** One answer body per operation name; a function sees the request's variables. */
export type Answers = Record<string, unknown | ((variables: Record<string, unknown>) => unknown)>;

/** A viewer with this role, as the `Viewer` query answers it. */
export function viewerAs(role: string | null) {
  return {
    data: {
      me: role
        ? {
            __typename: 'User',
            id: 'viewer-1',
            displayName: 'Priya Raman',
            email: 'priya@example.com',
            emailVerified: true,
            hasPassword: true,
            locale: 'EN',
            role,
            isStaff: role !== 'MEMBER',
            staffTitle: null,
            productAreas: [],
          }
        : null,
    },
  };
}

/**
 * The network edge: a `fetch` that answers each GraphQL operation from `answers` and records
 * every request; an operation with no answer fails the test, like a strict mock.
 */
export function stubGraphql(answers: Answers) {
  const all: Answers = { Viewer: viewerAs(null), ...answers };
  const requests: GraphQLRequestBody[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as GraphQLRequestBody;
    requests.push(request);
    const name = request.operationName ?? '';
    if (!(name in all)) throw new Error(`Unexpected GraphQL operation ${name}`);
    const answer = all[name];
    const body = typeof answer === 'function' ? answer(request.variables ?? {}) : answer;
    return {
      status: 200,
      statusText: 'OK',
      ok: true,
      headers: {
        get: (h: string) => (h.toLowerCase() === 'content-type' ? 'application/json' : null),
      },
      text: async () => JSON.stringify(await body),
      json: async () => body,
    } as unknown as Response;
  }) as typeof globalThis.fetch;
  const sent = (operationName: string) =>
    requests.filter((request) => request.operationName === operationName);
  return { fetch, sent };
}

export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

function CurrentLocation() {
  const { pathname, search } = useLocation();
  return <span hidden data-testid="location">{`${pathname}${search}`}</span>;
}

/** Renders a page at `path` with a real GraphQL client, the translations and a router. */
export function renderIdeas(
  ui: ReactElement,
  {
    fetch,
    language = 'en',
    path = '/',
    routePath = path.split('?')[0],
  }: { fetch: typeof globalThis.fetch; language?: Language; path?: string; routePath?: string },
) {
  const client = createForumClient({ fetch });
  const i18n = createI18n({ language });
  return render(
    <I18nProvider i18n={i18n}>
      <ForumClientProvider value={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={routePath} element={ui} />
            <Route path="*" element={<p>Another page</p>} />
          </Routes>
          <CurrentLocation />
        </MemoryRouter>
      </ForumClientProvider>
    </I18nProvider>,
  );
}

export const products = {
  data: {
    products: [
      { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
      { __typename: 'Product', id: 'product-billing', name: 'Billing' },
    ],
  },
};

export function anIdeaCard(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Idea',
    id: 'idea-1',
    title: 'Keep number formats in Excel exports',
    status: 'PLANNED',
    voteCount: 12,
    commentCount: 3,
    createdAt: '2026-03-01T10:00:00.000Z',
    product: { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
    viewerVote: null,
    ...overrides,
  };
}
