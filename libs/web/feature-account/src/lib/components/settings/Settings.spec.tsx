import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aViewer,
  graphqlError,
  renderWithForum,
  stubGraphql,
  type Viewerish,
} from '@forum/web/testing';
import { Settings } from './Settings';

const anApiToken = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'ApiToken',
  id: 'token-1',
  name: 'Nightly export',
  prefix: 'fpat_ab12',
  scope: 'READ',
  createdAt: '2026-01-10T09:00:00.000Z',
  lastUsedAt: null,
  ...overrides,
});

function signedIn(viewer: Viewerish = {}, answers: Record<string, unknown> = {}) {
  return stubGraphql({
    Viewer: { data: { me: aViewer(viewer) } },
    ApiTokens: { data: { apiTokens: [] } },
    ...answers,
  });
}

afterEach(() => localStorage.clear());

describe('Settings', () => {
  it('sends visitors to sign in, and back here afterwards', async () => {
    const { fetch } = stubGraphql();

    renderWithForum(<Settings />, { fetch, path: '/settings' });

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?returnTo=%2Fsettings'),
    );
  });

  it('shows the secret of a new token once, with a copy button', async () => {
    const user = userEvent.setup();
    let tokens = [] as ReturnType<typeof anApiToken>[];
    const { fetch, sent } = signedIn(
      {},
      {
        ApiTokens: () => ({ data: { apiTokens: tokens } }),
        CreateApiToken: (variables: Record<string, unknown>) => {
          const created = anApiToken({ id: 'token-2', name: 'CI deploys', scope: 'WRITE' });
          tokens = [created];
          return {
            data: {
              createApiToken: {
                __typename: 'CreatedApiToken',
                token: 'fpat_ab12_THE-SECRET',
                apiToken: { ...created, ...(variables['input'] as object) },
              },
            },
          };
        },
      },
    );

    renderWithForum(<Settings />, { fetch, path: '/settings' });
    expect(await screen.findByText('You have no active tokens.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'New token' });
    await user.type(within(form).getByLabelText('Name'), 'CI deploys');
    await user.selectOptions(within(form).getByLabelText('Access'), 'Read and write');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const secret = await screen.findByTestId('token-secret');
    expect(secret).toHaveTextContent('Your new token “CI deploys”');
    expect(within(secret).getByLabelText('Token')).toHaveTextContent('fpat_ab12_THE-SECRET');
    expect(sent('CreateApiToken')[0]?.variables).toEqual({
      input: { name: 'CI deploys', scope: 'WRITE' },
    });

    await user.click(within(secret).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('fpat_ab12_THE-SECRET');
    expect(within(secret).getByRole('status')).toHaveTextContent('Copied to the clipboard.');

    // The list learns about the token from the API, which only knows its first characters.
    const list = await screen.findByRole('table', { name: 'Active tokens' });
    expect(within(list).getByRole('rowheader', { name: 'CI deploys' })).toBeInTheDocument();
    expect(within(list).getByText('fpat_ab12…')).toBeInTheDocument();
    expect(within(list).getByText('Read and write')).toBeInTheDocument();
    expect(within(list).getByText('Never')).toBeInTheDocument();

    await user.click(within(secret).getByRole('button', { name: 'Done, I have stored it' }));
    expect(screen.queryByTestId('token-secret')).not.toBeInTheDocument();
    expect(screen.queryByText('fpat_ab12_THE-SECRET')).not.toBeInTheDocument();
  });

  it('revokes a token after asking', async () => {
    let tokens = [anApiToken()];
    const { fetch, sent } = signedIn(
      {},
      {
        ApiTokens: () => ({ data: { apiTokens: tokens } }),
        RevokeApiToken: () => {
          tokens = [];
          return {
            data: {
              revokeApiToken: {
                __typename: 'ApiToken',
                id: 'token-1',
                revokedAt: new Date().toISOString(),
              },
            },
          };
        },
      },
    );

    renderWithForum(<Settings />, { fetch, path: '/settings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke: Nightly export' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke “Nightly export”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke token' }));

    expect(
      await screen.findByText('The token “Nightly export” has been revoked.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent('RevokeApiToken')[0]?.variables).toEqual({ input: { id: 'token-1' } });
    expect(await screen.findByText('You have no active tokens.')).toBeInTheDocument();
  });

  it('saves the profile, with the time zone, and switches the pages to the chosen language', async () => {
    const { fetch, sent } = signedIn(
      {},
      {
        UpdateProfile: {
          data: {
            updateProfile: {
              __typename: 'User',
              id: 'user-1',
              displayName: 'Anna S.',
              locale: 'DE',
              timeZone: 'Europe/Berlin',
            },
          },
        },
      },
    );

    renderWithForum(<Settings />, { fetch, path: '/settings' });
    const name = await screen.findByLabelText('Display name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Anna S.');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'Deutsch');
    expect(screen.getByLabelText('Time zone')).toHaveValue('UTC');
    await userEvent.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Berlin');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Einstellungen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ihr Profil wurde gespeichert.')).toBeInTheDocument();
    expect(sent('UpdateProfile')[0]?.variables).toEqual({
      input: { displayName: 'Anna S.', locale: 'DE', timeZone: 'Europe/Berlin' },
    });
  });

  it('links to the e-mail settings for notifications', async () => {
    const { fetch } = signedIn();

    renderWithForum(<Settings />, { fetch, path: '/settings' });

    expect(
      await screen.findByRole('link', { name: 'E-mail settings for notifications' }),
    ).toHaveAttribute('href', '/settings/notifications');
  });

  it('shows the address read-only and sends a new confirmation link when it is not confirmed', async () => {
    const { fetch, sent } = signedIn(
      { emailVerified: false },
      { ResendVerificationEmail: { data: { resendVerificationEmail: true } } },
    );

    renderWithForum(<Settings />, { fetch, path: '/settings' });

    expect(await screen.findByTestId('settings-email')).toHaveTextContent('anna@example.com');
    expect(screen.getByText('Not confirmed')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(
      await screen.findByText('We have sent a new link to anna@example.com.'),
    ).toBeInTheDocument();
    expect(sent('ResendVerificationEmail')).toHaveLength(1);
  });

  it('changes the password, and says so when the current one is wrong', async () => {
    const { fetch, sent } = signedIn({}, { ChangePassword: graphqlError('WRONG_PASSWORD') });

    renderWithForum(<Settings />, { fetch, path: '/settings' });
    await userEvent.type(await screen.findByLabelText('Current password'), 'not it');
    await userEvent.type(screen.getByLabelText('New password'), 'tulip oxygen carpet');
    await userEvent.type(screen.getByLabelText('Repeat the new password'), 'tulip oxygen carpet');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByLabelText('Current password')).toHaveAccessibleDescription(
      'The password is wrong.',
    );
    expect(sent('ChangePassword')[0]?.variables).toEqual({
      input: { currentPassword: 'not it', newPassword: 'tulip oxygen carpet' },
    });
  });

  it('has no password to change for a single sign-on account', async () => {
    const { fetch } = signedIn({ hasPassword: false });

    renderWithForum(<Settings />, { fetch, path: '/settings' });

    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Password' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
  });

  it('deletes the account after confirming with the password', async () => {
    let deleted = false;
    const { fetch, sent } = signedIn(
      {},
      {
        Viewer: () => ({ data: { me: deleted ? null : aViewer() } }),
        DeleteAccount: (variables: Record<string, unknown>) => {
          const { password } = variables['input'] as { password: string };
          if (password !== 'correct horse') return graphqlError('WRONG_PASSWORD');
          deleted = true;
          return { data: { deleteAccount: true } };
        },
      },
    );

    renderWithForum(<Settings />, { fetch, path: '/settings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete my account…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your account?' });
    expect(within(dialog).getByLabelText('Your password, to confirm')).toHaveFocus();

    await userEvent.type(within(dialog).getByLabelText('Your password, to confirm'), 'wrong');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete my account' }));
    expect(
      await within(dialog).findByText('The password is wrong.', {
        selector: '.forum-field__error',
      }),
    ).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText('Your password, to confirm'));
    await userEvent.type(
      within(dialog).getByLabelText('Your password, to confirm'),
      'correct horse',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete my account' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(sent('DeleteAccount').at(-1)?.variables).toEqual({
      input: { password: 'correct horse' },
    });
  });
});
