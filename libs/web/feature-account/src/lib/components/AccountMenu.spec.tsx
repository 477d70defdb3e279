import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, renderWithForum, stubGraphql } from '@forum/web/testing';
import { AccountMenu } from './AccountMenu';

describe('AccountMenu', () => {
  it('offers visitors to sign in, coming back to the page they are on', async () => {
    const { fetch } = stubGraphql();

    renderWithForum(<AccountMenu />, { fetch, path: '/questions', routePath: '*' });

    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Fquestions',
    );
    expect(screen.getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up');
  });

  it.each([
    ['MEMBER', []],
    ['EXPERT', ['Expert settings']],
    ['MODERATOR', ['Expert settings', 'People', 'Tags', 'Privileges']],
    ['PRODUCT_MANAGER', ['Organisations']],
    [
      'ADMIN',
      [
        'Expert settings',
        'People',
        'Organisations',
        'Tags',
        'Product areas',
        'Privileges',
        'Audit log',
        'Support hours and targets',
        'Moderation settings',
        'Undelivered mail',
      ],
    ],
  ])('shows a %s the admin pages their role includes', async (role, adminLinks) => {
    const { fetch } = stubGraphql({ Viewer: { data: { me: aViewer({ role }) } } });

    renderWithForum(<AccountMenu />, { fetch });
    await userEvent.click(await screen.findByRole('button', { name: 'Anna Schmidt' }));

    const menu = screen.getByRole('list', { name: 'Account' });
    const links = within(menu)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['My questions', 'My answers', 'Following', 'Settings', ...adminLinks]);
  });

  it('links to the person’s own questions, answers and what they follow', async () => {
    const { fetch } = stubGraphql({ Viewer: { data: { me: aViewer({ id: 'user-anna' }) } } });

    renderWithForum(<AccountMenu />, { fetch });
    await userEvent.click(await screen.findByRole('button', { name: 'Anna Schmidt' }));

    expect(screen.getByRole('link', { name: 'My questions' })).toHaveAttribute(
      'href',
      '/users/user-anna?tab=questions',
    );
    expect(screen.getByRole('link', { name: 'My answers' })).toHaveAttribute(
      'href',
      '/users/user-anna?tab=answers',
    );
    expect(screen.getByRole('link', { name: 'Following' })).toHaveAttribute('href', '/following');
  });

  it('signs out, asks who is signed in again and goes home', async () => {
    let signedIn = true;
    const { fetch, sent } = stubGraphql({
      Viewer: () => ({ data: { me: signedIn ? aViewer() : null } }),
      SignOut: () => {
        signedIn = false;
        return { data: { signOut: true } };
      },
    });

    renderWithForum(<AccountMenu />, { fetch, path: '/settings', routePath: '*' });
    await userEvent.click(await screen.findByRole('button', { name: 'Anna Schmidt' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(sent('SignOut')).toHaveLength(1);
    expect(sent('Viewer')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });
});
