import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { aProfile, history, profileQuestions } from '../testing/fixtures';
import { UserProfile } from './UserProfile';

function renderProfile(trusted: boolean | null, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({
    Viewer: viewerAs('ADMIN'),
    ReputationHistory: history,
    ProfileQuestions: profileQuestions([]),
    UserProfile: { data: { user: aProfile({ trusted }) } },
    UntrustAccount: {
      data: {
        untrustAccount: { __typename: 'AccountTrust', userId: 'user-emily', trusted: false },
      },
    },
  });
  renderWithForum(<UserProfile id="user-emily" />, { fetch: stub.fetch, language });
  return stub;
}

describe('UserProfile trust state', () => {
  it('shows admins that an account is trusted before they change anything', async () => {
    renderProfile(true);

    const group = await screen.findByRole('group', { name: 'Spam rules' });
    expect(within(group).getByRole('status')).toHaveTextContent(/^Trusted/);
    expect(within(group).getByRole('button', { name: 'Trust account' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(group).getByRole('button', { name: 'Stop trusting' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows an untrusted account as such and follows a change', async () => {
    const stub = renderProfile(true);

    const group = await screen.findByRole('group', { name: 'Spam rules' });
    await userEvent.click(within(group).getByRole('button', { name: 'Stop trusting' }));

    expect(await within(group).findByText(/^Not trusted/)).toBeInTheDocument();
    expect(stub.sent('UntrustAccount')).toHaveLength(1);
  });

  it('shows the state in German', async () => {
    renderProfile(false, 'de');

    const group = await screen.findByRole('group', { name: /Spam/ });
    expect(within(group).getByRole('status')).toHaveTextContent(/^Nicht vertraut/);
  });
});
