import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { SignInLink } from './SignInLink';

const signedIn = {
  data: {
    signInWithLink: { __typename: 'User', id: 'user-1', displayName: 'Anna Schmidt', locale: 'EN' },
  },
};

afterEach(() => localStorage.clear());

describe('SignInLink', () => {
  it('signs in once with the token from the link and continues at the home page', async () => {
    const { fetch, sent } = stubGraphql({ SignInWithLink: signedIn });

    renderWithForum(<SignInLink token="abc123" />, { fetch, path: '/sign-in/link' });

    expect(screen.getByRole('status')).toHaveTextContent('Signing you in…');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(sent('SignInWithLink').map((request) => request.variables)).toEqual([
      { input: { token: 'abc123' } },
    ]);
  });

  it('explains a used link and offers a new one by e-mail', async () => {
    const { fetch, sent } = stubGraphql({
      SignInWithLink: graphqlError('TOKEN_INVALID'),
      RequestSignInLink: { data: { requestSignInLink: true } },
    });

    renderWithForum(<SignInLink token="used" />, { fetch, path: '/sign-in/link' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link is not valid (any more). Please request a new one.',
    );
    await userEvent.type(screen.getByLabelText('E-mail address'), 'anna@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'E-mail me a sign-in link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If there is an account for anna@example.com, we have sent a sign-in link to it.',
    );
    expect(sent('RequestSignInLink')[0]?.variables).toEqual({
      input: { email: 'anna@example.com' },
    });
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in/link');
  });

  it('says an expired link has expired', async () => {
    const { fetch } = stubGraphql({ SignInWithLink: graphqlError('TOKEN_EXPIRED') });

    renderWithForum(<SignInLink token="old" />, { fetch, path: '/sign-in/link' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has expired' }),
    ).toBeInTheDocument();
  });

  it('tells a suspended person why, and offers no new link', async () => {
    const { fetch } = stubGraphql({
      SignInWithLink: graphqlError('ACCOUNT_SUSPENDED', {
        code: 'FORBIDDEN',
        suspensionReason: 'Repeated spam',
      }),
    });

    renderWithForum(<SignInLink token="abc" />, { fetch, path: '/sign-in/link' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Reason: Repeated spam');
    expect(screen.queryByRole('button', { name: 'E-mail me a sign-in link' })).toBeNull();
  });

  it('asks for a link without a token, trimming the address', async () => {
    const { fetch, sent } = stubGraphql({
      RequestSignInLink: { data: { requestSignInLink: true } },
    });

    renderWithForum(<SignInLink />, { fetch, path: '/sign-in/link' });

    expect(
      screen.getByRole('heading', { level: 1, name: 'Sign in with an e-mailed link' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in with your password' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    await userEvent.type(screen.getByLabelText('E-mail address'), ' anna@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'E-mail me a sign-in link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'It is valid for 15 minutes and works once.',
    );
    expect(sent('RequestSignInLink')[0]?.variables).toEqual({
      input: { email: 'anna@example.com' },
    });
    expect(sent('SignInWithLink')).toHaveLength(0);
  });

  it('speaks German', async () => {
    const { fetch } = stubGraphql({
      RequestSignInLink: { data: { requestSignInLink: true } },
    });

    renderWithForum(<SignInLink />, { fetch, path: '/sign-in/link', language: 'de' });

    expect(
      screen.getByRole('heading', { level: 1, name: 'Mit einem Link per E-Mail anmelden' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe('Mit einem Link per E-Mail anmelden · Kunden-Community'),
    );
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'anna@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Anmeldelink per E-Mail senden' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Falls es ein Konto für anna@example.com gibt',
    );
  });
});
