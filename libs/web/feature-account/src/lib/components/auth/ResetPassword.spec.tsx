import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { ResetPassword } from './ResetPassword';

async function choose(password: string, repeated: string) {
  await userEvent.type(screen.getByLabelText('New password'), password);
  await userEvent.type(screen.getByLabelText('Repeat the new password'), repeated);
  await userEvent.click(screen.getByRole('button', { name: 'Save new password' }));
}

afterEach(() => localStorage.clear());

describe('ResetPassword', () => {
  it('catches two different passwords before asking the API', async () => {
    const { fetch, sent } = stubGraphql();

    renderWithForum(<ResetPassword token="t0k3n" />, { fetch, path: '/reset-password' });
    await choose('tulip oxygen carpet', 'tulip oxygen carpets');

    expect(screen.getByRole('alert')).toHaveTextContent('The two passwords are not the same.');
    expect(screen.getByLabelText('Repeat the new password')).toBeInvalid();
    expect(sent('ResetPassword')).toHaveLength(0);
  });

  it('sets the new password with the token and says the person is signed in', async () => {
    const { fetch, sent } = stubGraphql({
      ResetPassword: {
        data: {
          resetPassword: { __typename: 'User', id: 'user-1', displayName: 'Anna', locale: 'EN' },
        },
      },
    });

    renderWithForum(<ResetPassword token="t0k3n" />, { fetch, path: '/reset-password' });
    await choose('tulip oxygen carpet', 'tulip oxygen carpet');

    expect(
      await screen.findByRole('heading', { name: 'Your password has been changed' }),
    ).toBeInTheDocument();
    expect(sent('ResetPassword')[0]?.variables).toEqual({
      input: { token: 't0k3n', newPassword: 'tulip oxygen carpet' },
    });
  });

  it('offers a new link when this one has expired', async () => {
    const { fetch } = stubGraphql({ ResetPassword: graphqlError('TOKEN_EXPIRED') });

    renderWithForum(<ResetPassword token="old" />, { fetch, path: '/reset-password' });
    await choose('tulip oxygen carpet', 'tulip oxygen carpet');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link has expired.');
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
