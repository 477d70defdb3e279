import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, settle, stubGraphql } from '@forum/web/testing';
import { SignIn } from './SignIn';

async function signInAs(email: string, password: string) {
  await userEvent.type(screen.getByLabelText('E-mail address'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(() => localStorage.clear());

describe('SignIn', () => {
  it('signs in, fetches the viewer again and continues at returnTo', async () => {
    let signedIn = false;
    const { fetch, sent } = stubGraphql({
      Viewer: () => ({ data: { me: signedIn ? aViewer() : null } }),
      SignIn: () => {
        signedIn = true;
        return {
          data: {
            signIn: { __typename: 'User', id: 'user-1', displayName: 'Anna Schmidt', locale: 'EN' },
          },
        };
      },
    });

    renderWithForum(<SignIn returnTo="/settings" />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'correct horse battery');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/settings$/));
    expect(sent('SignIn')[0]?.variables).toEqual({
      input: { email: 'anna@example.com', password: 'correct horse battery' },
    });
    await waitFor(() => expect(sent('Viewer')).toHaveLength(2));
  });

  it('never follows a returnTo that leaves the site', async () => {
    const { fetch } = stubGraphql({
      SignIn: {
        data: { signIn: { __typename: 'User', id: 'user-1', displayName: 'Anna', locale: 'EN' } },
      },
    });

    renderWithForum(<SignIn returnTo="//evil.example/phish" />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'correct horse battery');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });

  it('says when the e-mail address or password is wrong', async () => {
    const { fetch } = stubGraphql({
      SignIn: graphqlError('INVALID_CREDENTIALS', { code: 'UNAUTHENTICATED' }),
    });

    renderWithForum(<SignIn />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The e-mail address or the password is wrong.',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in');
  });

  it('says how long to wait after too many attempts', async () => {
    const { fetch } = stubGraphql({
      SignIn: graphqlError('TOO_MANY_ATTEMPTS', {
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds: 120,
      }),
    });

    renderWithForum(<SignIn />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts.');
    expect(alert).toHaveTextContent('Please wait 2 min and try again.');
  });

  it('offers an e-mailed sign-in link when password sign-in is paused for the account', async () => {
    const { fetch, sent } = stubGraphql({
      SignIn: graphqlError('TOO_MANY_ATTEMPTS', {
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds: 300,
        signInLinkAvailable: true,
      }),
      RequestSignInLink: { data: { requestSignInLink: true } },
    });

    renderWithForum(<SignIn />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'correct horse battery');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts.');
    expect(screen.getByText(/Sign-in with a password is paused for this account/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'E-mail me a sign-in link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If there is an account for anna@example.com, we have sent a sign-in link to it.',
    );
    expect(sent('RequestSignInLink')[0]?.variables).toEqual({
      input: { email: 'anna@example.com' },
    });
    expect(screen.queryByRole('button', { name: 'E-mail me a sign-in link' })).toBeNull();
  });

  it('offers no link when the API does not say one would help', async () => {
    const { fetch } = stubGraphql({
      SignIn: graphqlError('TOO_MANY_ATTEMPTS', { code: 'TOO_MANY_REQUESTS' }),
    });

    renderWithForum(<SignIn />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'wrong');

    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'E-mail me a sign-in link' })).toBeNull();
  });

  it.each([
    [
      'with the reason in suspensionReason',
      graphqlError('ACCOUNT_SUSPENDED', {
        code: 'FORBIDDEN',
        suspendedUntil: '2031-05-04T10:00:00.000Z',
        suspensionReason: 'Repeated spam in the ideas board',
      }),
    ],
  ])('tells a suspended person until when and why (%s)', async (_shape, answer) => {
    const { fetch } = stubGraphql({ SignIn: answer });

    renderWithForum(<SignIn />, { fetch, path: '/sign-in' });
    await signInAs('anna@example.com', 'correct horse battery');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account is suspended.');
    expect(alert).toHaveTextContent(/The suspension ends on May 4, 2031/);
    expect(alert).toHaveTextContent('Reason: Repeated spam in the ideas board');
  });

  it('offers single sign-on as a full-page link that keeps returnTo', async () => {
    const { fetch } = stubGraphql({
      SignInOptions: {
        data: {
          signInOptions: {
            __typename: 'SignInOptions',
            password: true,
            sso: {
              __typename: 'SsoOption',
              label: 'Sign in with Acme SSO',
              startUrl: '/auth/sso/start',
            },
          },
        },
      },
    });

    renderWithForum(<SignIn returnTo="/settings" />, { fetch, path: '/sign-in' });

    expect(await screen.findByRole('link', { name: 'Sign in with Acme SSO' })).toHaveAttribute(
      'href',
      '/auth/sso/start?returnTo=%2Fsettings',
    );
  });

  it('explains a failed single sign-on from the reason in the address', async () => {
    const { fetch } = stubGraphql();

    renderWithForum(<SignIn ssoError="ACCESS_DENIED" />, { fetch, path: '/sign-in' });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Single sign-on did not work');
    expect(alert).toHaveTextContent('You are not allowed to do that.');
    await settle();
  });

  it('links to sign-up, to the forgotten password page and to sign-in by e-mailed link', async () => {
    renderWithForum(<SignIn />, { fetch: stubGraphql().fetch, path: '/sign-in' });

    expect(screen.getByRole('link', { name: 'Sign in with an e-mailed link' })).toHaveAttribute(
      'href',
      '/sign-in/link',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    await settle();
  });

  it('speaks German, errors included', async () => {
    const { fetch } = stubGraphql({
      SignIn: graphqlError('INVALID_CREDENTIALS', { code: 'UNAUTHENTICATED' }),
    });

    renderWithForum(<SignIn />, { fetch, path: '/sign-in', language: 'de' });

    expect(screen.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Anmelden · Kunden-Community'));
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'anna@example.com');
    await userEvent.type(screen.getByLabelText('Passwort'), 'falsch');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die E-Mail-Adresse oder das Passwort ist falsch.',
    );
  });
});
