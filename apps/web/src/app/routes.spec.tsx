import { createForumClient } from '@forum/web/data-access-graphql';
import { createI18n, type Language } from '@forum/web/i18n';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './routes';

// The network edge: no API is running in unit tests.
const unreachable = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;

/**
 * An API that knows who is signed in (`me`), how to sign in and whatever else a test adds; the
 * rest is unreachable.
 */
function apiWith(me: Record<string, unknown> | null, more: Record<string, unknown> = {}) {
  const answers: Record<string, unknown> = {
    Viewer: { data: { me } },
    SignInOptions: {
      data: { signInOptions: { __typename: 'SignInOptions', password: true, sso: null } },
    },
    ...more,
  };
  return (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    if (!(operationName in answers)) throw new TypeError('Failed to fetch');
    const body = JSON.stringify(answers[operationName]);
    return {
      status: 200,
      statusText: 'OK',
      headers: { get: () => 'application/json' },
      text: async () => body,
    } as unknown as Response;
  }) as typeof fetch;
}

const admin = {
  __typename: 'User',
  id: 'user-1',
  displayName: 'Anna Schmidt',
  email: 'anna@example.com',
  emailVerified: true,
  hasPassword: true,
  locale: 'EN',
  role: 'ADMIN',
  isStaff: true,
  staffTitle: 'Community Lead',
};

function CurrentPath() {
  const { pathname, search } = useLocation();
  return (
    <span hidden data-testid="path">
      {pathname}
      {search}
    </span>
  );
}

function renderApp(
  path: string,
  language: Language = 'en',
  fetch: typeof globalThis.fetch = unreachable,
) {
  render(
    <AppProviders client={createForumClient({ fetch })} i18n={createI18n({ language })}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes version="9.9.9" />
        <CurrentPath />
      </MemoryRouter>
    </AppProviders>,
  );
}

afterEach(() => localStorage.clear());

describe('routes', () => {
  it('renders the shell around the home page', async () => {
    renderApp('/');

    expect(screen.getByRole('banner')).toHaveTextContent('Customer Community');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Answers from people who use the product every day',
    );
    expect(screen.getByTestId('app-version')).toHaveTextContent('Version 9.9.9');
    expect(await screen.findByRole('alert')).toHaveTextContent('The API is not reachable');
  });

  it('renders the not-found page inside the shell for an unknown path', async () => {
    renderApp('/no/such/page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(document.title).toBe('Page not found · Customer Community'));
  });

  it('leads from the not-found page back home', async () => {
    renderApp('/missing');

    await userEvent.click(await screen.findByRole('link', { name: 'Back to the home page' }));

    expect(screen.getByTestId('path')).toHaveTextContent(/^\/$/);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'System status' }),
    ).toBeInTheDocument();
  });

  it('switches every text to German with the language switch', async () => {
    renderApp('/');

    await userEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));

    expect(screen.getByRole('banner')).toHaveTextContent('Kunden-Community');
    expect(screen.getByRole('link', { name: 'Startseite' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Deutsch' })).toBeChecked();
    expect(document.documentElement.lang).toBe('de');
    expect(await screen.findByRole('alert')).toHaveTextContent('Die API ist nicht erreichbar');
  });

  it('offers visitors to sign in or sign up in the header', async () => {
    renderApp('/', 'en', apiWith(null));

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(within(banner).getByRole('link', { name: 'Sign up' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
  });

  it('shows a signed-in admin their name with settings, admin pages and signing out', async () => {
    renderApp('/', 'en', apiWith(admin));

    await userEvent.click(await screen.findByRole('button', { name: 'Anna Schmidt' }));

    const menu = screen.getByRole('list', { name: 'Account' });
    expect(within(menu).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
    expect(within(menu).getByRole('link', { name: 'People' })).toHaveAttribute(
      'href',
      '/admin/people',
    );
    expect(within(menu).getByRole('link', { name: 'Organisations' })).toHaveAttribute(
      'href',
      '/admin/organisations',
    );
    expect(within(menu).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it.each([
    ['/sign-in', 'Sign in'],
    ['/sign-up', 'Create an account'],
    ['/forgot-password', 'Forgot your password?'],
    ['/reset-password?token=abc', 'Choose a new password'],
    ['/verify-email', 'This link does not work'],
    ['/sign-in/link', 'Sign in with an e-mailed link'],
    ['/unsubscribe', 'Unsubscribe'],
    ['/solved', 'Is your question solved?'],
  ])('serves %s, which e-mails and the header link to', async (path, heading) => {
    renderApp(path, 'en', apiWith(null));

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('sends visitors from the settings to sign in first', async () => {
    renderApp('/settings', 'en', apiWith(null));

    await waitFor(() =>
      expect(screen.getByTestId('path')).toHaveTextContent('/sign-in?returnTo=%2Fsettings'),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('searches from the header box on every page, and shows the results page', async () => {
    const nothingFound = {
      data: {
        search: {
          __typename: 'SearchResults',
          total: 0,
          processingTimeMs: 1,
          hits: [],
          facets: { __typename: 'QuestionFacets', states: [], products: [], tags: [] },
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    };
    renderApp(
      '/',
      'en',
      apiWith(null, {
        Products: { data: { products: [] } },
        SearchPreview: nothingFound,
        Search: nothingFound,
      }),
    );
    const box = within(screen.getByRole('banner')).getByRole('combobox', {
      name: 'Search questions',
    });

    await userEvent.type(box, 'invoice export');
    expect(await screen.findByText('No matching questions yet.')).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/search?q=invoice+export');
    expect(await screen.findByText(/Nothing matches/)).toBeInTheDocument();
  });

  it('leads from the main navigation to the questions', async () => {
    renderApp(
      '/',
      'en',
      apiWith(null, {
        Products: { data: { products: [] } },
        QuestionFacets: {
          data: {
            questionFacets: { __typename: 'QuestionFacets', states: [], products: [], tags: [] },
          },
        },
        Questions: {
          data: {
            questions: {
              __typename: 'QuestionConnection',
              totalCount: 0,
              edges: [],
              pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
            },
          },
        },
      }),
    );

    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Questions',
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Questions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Questions' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText(/Nobody has asked a question yet/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Questions · Customer Community'));
  });

  it('sends visitors who want to ask a question to sign in first', async () => {
    renderApp('/questions/ask', 'en', apiWith(null));

    await waitFor(() =>
      expect(screen.getByTestId('path')).toHaveTextContent('/sign-in?returnTo=%2Fquestions%2Fask'),
    );
  });

  it('serves a question at its readable address', async () => {
    renderApp(
      '/questions/question-1',
      'de',
      apiWith(null, {
        RecordQuestionView: { data: { recordQuestionView: true } },
        QuestionDetail: {
          data: {
            question: {
              __typename: 'Question',
              id: 'question-1',
              slug: 'wie-exportiere-ich-rechnungen',
              title: 'Wie exportiere ich Rechnungen?',
              body: 'Alle auf einmal.',
              state: 'OPEN',
              score: 0,
              viewerVote: 0,
              tags: [],
              language: 'de',
              createdAt: '2026-03-01T09:00:00.000Z',
              lastActivityAt: '2026-03-01T09:00:00.000Z',
              viewCount: 0,
              answerCount: 0,
              isDeleted: false,
              closeReason: null,
              duplicateOf: null,
              duplicates: [],
              linkedIdeas: [],
              product: { __typename: 'Product', id: 'p-1', name: 'Billing', slug: 'billing' },
              author: {
                __typename: 'User',
                id: 'user-2',
                displayName: 'Jana Hoffmann',
                isStaff: false,
                staffTitle: null,
                isDeleted: false,
                reputation: 120,
                badges: [],
              },
              acceptedAnswerId: null,
              acceptedAt: null,
              acceptedBy: null,
              comments: [],
              answers: [],
            },
          },
        },
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wie exportiere ich Rechnungen?' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent(
      '/questions/question-1/wie-exportiere-ich-rechnungen',
    );
    expect(screen.getByRole('link', { name: 'Fragen' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Zum Antworten anmelden' })).toBeInTheDocument();
  });

  it('serves the admin pages to admins', async () => {
    renderApp('/admin/organisations', 'en', apiWith(admin));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organisations' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Organisations · Customer Community'));
  });
});
