import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { ForgotPassword } from './ForgotPassword';

describe('ForgotPassword', () => {
  it('confirms the same way whether or not the address has an account', async () => {
    const { fetch, sent } = stubGraphql({
      RequestPasswordReset: { data: { requestPasswordReset: true } },
    });

    renderWithForum(<ForgotPassword />, { fetch, path: '/forgot-password' });
    await userEvent.type(screen.getByLabelText('E-mail address'), ' nobody@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Send link' }));

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText(/If there is an account for nobody@example\.com/)).toBeInTheDocument();
    expect(sent('RequestPasswordReset')[0]?.variables).toEqual({
      input: { email: 'nobody@example.com' },
    });
  });

  it('asks the person to wait when they asked too often', async () => {
    const { fetch } = stubGraphql({
      RequestPasswordReset: graphqlError('TOO_MANY_ATTEMPTS', {
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds: 900,
      }),
    });

    renderWithForum(<ForgotPassword />, { fetch, path: '/forgot-password' });
    await userEvent.type(screen.getByLabelText('E-mail address'), 'anna@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 15 min and try again.');
  });
});
