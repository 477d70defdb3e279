import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { VerifyEmail } from './VerifyEmail';

const verified = {
  data: {
    verifyEmail: {
      __typename: 'User',
      id: 'user-1',
      displayName: 'Anna Schmidt',
      email: 'anna@example.com',
      emailVerified: true,
      locale: 'EN',
    },
  },
};

afterEach(() => localStorage.clear());

describe('VerifyEmail', () => {
  it('confirms the address once with the token from the link, which signs in', async () => {
    const { fetch, sent } = stubGraphql({ VerifyEmail: verified });

    renderWithForum(<VerifyEmail token="abc123" />, { fetch, path: '/verify-email' });

    expect(screen.getByRole('status')).toHaveTextContent('Confirming your e-mail address…');
    expect(
      await screen.findByRole('heading', { name: 'Your e-mail address is confirmed' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Thank you, Anna Schmidt\. You are signed in/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(sent('VerifyEmail').map((request) => request.variables)).toEqual([
      { input: { token: 'abc123' } },
    ]);
  });

  it('tells a visitor an expired link needs a new one and to sign in for it', async () => {
    const { fetch } = stubGraphql({ VerifyEmail: graphqlError('TOKEN_EXPIRED') });

    renderWithForum(<VerifyEmail token="old" />, { fetch, path: '/verify-email' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has expired' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has expired. Please request a new one.',
    );
    expect(
      await screen.findByRole('link', { name: 'Sign in to request a new link' }),
    ).toHaveAttribute('href', '/sign-in?returnTo=%2Fsettings');
  });

  it('sends a signed-in person a new link on request', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ emailVerified: false }) } },
      VerifyEmail: graphqlError('TOKEN_EXPIRED'),
      ResendVerificationEmail: { data: { resendVerificationEmail: true } },
    });

    renderWithForum(<VerifyEmail token="old" />, { fetch, path: '/verify-email' });
    await userEvent.click(await screen.findByRole('button', { name: 'Send me a new link' }));

    expect(
      await screen.findByText('We have sent a new link to anna@example.com.'),
    ).toBeInTheDocument();
    expect(sent('ResendVerificationEmail')).toHaveLength(1);
  });

  it('treats a link without a token as invalid and asks nothing of the API', async () => {
    const { fetch, sent } = stubGraphql();

    renderWithForum(<VerifyEmail />, { fetch, path: '/verify-email' });

    expect(
      screen.getByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Sign in to request a new link' });
    await waitFor(() => expect(sent('VerifyEmail')).toHaveLength(0));
  });
});
