import { createForumClient } from '@forum/web/data-access-graphql';
import { createI18n, type Language } from '@forum/web/i18n';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './routes';

// The network edge: no API is running in unit tests.
const unreachable = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;

function CurrentPath() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

function renderApp(path: string, language: Language = 'en') {
  render(
    <AppProviders
      client={createForumClient({ fetch: unreachable })}
      i18n={createI18n({ language })}
    >
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
});
