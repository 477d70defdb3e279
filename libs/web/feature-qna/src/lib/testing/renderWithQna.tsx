import { createForumClient, ForumClientProvider } from '@forum/web/data-access-graphql';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

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

/** What the API answers for a failure: `extensions.code` and `extensions.reason`, plus details. */
export function graphqlError(
  reason: string,
  { code = 'BAD_USER_INPUT', ...details }: Record<string, unknown> = {},
) {
  return {
    data: null,
    errors: [{ message: `English text for ${reason}`, extensions: { code, reason, ...details } }],
  };
}

/** One answer body per operation name; a function sees the request's variables. */
export type Answers = Record<string, unknown | ((variables: Record<string, unknown>) => unknown)>;

/**
 * The network edge: a `fetch` that answers each GraphQL operation from `answers` and records
 * every request. A visitor (`me: null`) is the default, and a view is always counted; an
 * operation with no answer fails the test, like a strict mock.
 */
export function stubGraphql(answers: Answers = {}) {
  const all: Answers = {
    Viewer: { data: { me: null } },
    RecordQuestionView: { data: { recordQuestionView: true } },
    ...answers,
  };
  const requests: GraphQLRequestBody[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as GraphQLRequestBody;
    requests.push(request);
    const name = request.operationName ?? '';
    if (!(name in all)) throw new Error(`Unexpected GraphQL operation ${name}`);
    const answer = all[name];
    const body = typeof answer === 'function' ? answer(request.variables ?? {}) : answer;
    return jsonResponse(await body);
  }) as typeof globalThis.fetch;
  /** The requests for one operation, in order. */
  const sent = (operationName: string) =>
    requests.filter((request) => request.operationName === operationName);
  return { fetch, requests, sent };
}

/** A promise the test resolves when it wants the API to answer. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Lets stubbed answers that are still on their way arrive inside `act`. */
export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

function CurrentLocation() {
  const { pathname, search, hash } = useLocation();
  return <span hidden data-testid="location">{`${pathname}${search}${hash}`}</span>;
}

export interface RenderOptions {
  fetch: typeof globalThis.fetch;
  language?: Language;
  /** The URL the page is shown at, e.g. "/questions?state=solved". */
  path?: string;
  /** Where the page is mounted, e.g. "/questions/:id/:slug?". */
  routePath?: string;
}

/**
 * Renders a page at `path` with a real GraphQL client, the translations and a router. Any other
 * path shows a placeholder, and `getByTestId('location')` says where navigation ended up.
 */
export function renderWithQna(
  ui: ReactElement,
  { fetch, language = 'en', path = '/', routePath = path.split(/[?#]/)[0] }: RenderOptions,
) {
  const client = createForumClient({ fetch });
  const i18n = createI18n({ language });
  const view = render(
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
  return { ...view, i18n, client };
}
