import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { aProfile, history, profileQuestions } from '../testing/fixtures';
import { UserProfile } from './UserProfile';

function renderProfile(answers: Record<string, unknown>, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({
    ReputationHistory: history,
    ProfileQuestions: profileQuestions([]),
    ...answers,
  });
  renderWithForum(<UserProfile id="user-emily" />, { fetch: stub.fetch, language });
  return stub;
}

describe('UserProfile', () => {
  it('shows reputation, contributions, products, badges and the reputation history', async () => {
    renderProfile({ UserProfile: { data: { user: aProfile() } } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Emily Carter' })).toBeVisible();
    expect(screen.getByText('1,234 reputation')).toBeVisible();
    expect(screen.getByText('Accepted solutions').nextSibling).toHaveTextContent('10');
    expect(screen.getByText('Billing (11)')).toBeVisible();

    const badges = screen.getByRole('region', { name: 'Badges' });
    expect(within(badges).getByText(/Solution Author/)).toHaveTextContent(
      'Solution Author (Silver)',
    );
    expect(within(badges).getByRole('link', { name: /Solution Author/ })).toHaveAttribute(
      'href',
      '/questions/question-1#answer-answer-1',
    );
    expect(within(badges).getByText(/Product Specialist for Billing/)).toBeVisible();

    const historyRows = await within(
      screen.getByRole('region', { name: 'Reputation history' }),
    ).findAllByRole('row');
    expect(historyRows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^−10Answer upvoted \(withdrawn\)How do I download all invoices\?/),
      expect.stringMatching(/^\+15Answer accepted/),
    ]);
  });

  it('speaks German, badge names included', async () => {
    renderProfile({ UserProfile: { data: { user: aProfile() } } }, 'de');

    expect(await screen.findByText('1.234 Reputation')).toBeVisible();
    expect(screen.getByText(/Lösungsautor/)).toHaveTextContent('Lösungsautor (Silber)');
    expect(await screen.findByText('Antwort akzeptiert')).toBeVisible();
  });

  it('says so when there is no such person', async () => {
    renderProfile({ UserProfile: { data: { user: null } } });

    expect(await screen.findByText('There is no such person.')).toBeVisible();
  });

  it('shows staff their title and products', async () => {
    renderProfile({
      UserProfile: {
        data: {
          user: aProfile({
            isStaff: true,
            staffTitle: 'Support Engineer, Billing',
            expertAreas: {
              __typename: 'ExpertAreas',
              products: [
                { __typename: 'Product', id: 'p-1', slug: 'billing', name: 'Billing' },
                { __typename: 'Product', id: 'p-2', slug: 'reporting', name: 'Reporting' },
              ],
              tags: [{ __typename: 'Tag', id: 't-1', slug: 'invoices' }],
            },
          }),
        },
      },
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Emily Carter · Support Engineer, Billing · Staff',
    );
    expect(screen.getByText('Covers:')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Billing' })).toHaveAttribute(
      'href',
      '/questions?product=billing',
    );
    expect(screen.getByRole('link', { name: 'Reporting' })).toHaveAttribute(
      'href',
      '/questions?product=reporting',
    );
    expect(screen.getByRole('link', { name: '#invoices' })).toHaveAttribute(
      'href',
      '/questions?tag=invoices',
    );
  });

  it('lets members flag someone else’s profile and tells them when they already did', async () => {
    const stub = renderProfile({
      Viewer: viewerAs('MEMBER'),
      UserProfile: { data: { user: aProfile() } },
      FlagContent: graphqlError('ALREADY_FLAGGED', { code: 'CONFLICT' }),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Flag this profile' }));
    await userEvent.click(screen.getByRole('radio', { name: /Spam/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send flag' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You have already flagged this.');
    expect(stub.sent('FlagContent')[0]?.variables).toEqual({
      input: { targetKind: 'USER', targetId: 'user-emily', reason: 'SPAM', note: null },
    });
    expect(screen.queryByRole('group', { name: 'Spam rules' })).not.toBeInTheDocument();
  });

  it('offers no flag to visitors or on one’s own profile', async () => {
    renderProfile({
      Viewer: { data: { me: { ...viewerAs('MEMBER').data.me, id: 'user-emily' } } },
      UserProfile: { data: { user: aProfile() } },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Emily Carter' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Flag this profile' })).not.toBeInTheDocument();
  });

  it('lets admins trust an account and stop trusting it', async () => {
    const stub = renderProfile({
      Viewer: viewerAs('ADMIN'),
      UserProfile: { data: { user: aProfile() } },
      TrustAccount: {
        data: { trustAccount: { __typename: 'AccountTrust', userId: 'user-emily', trusted: true } },
      },
      UntrustAccount: {
        data: {
          untrustAccount: { __typename: 'AccountTrust', userId: 'user-emily', trusted: false },
        },
      },
    });

    const group = await screen.findByRole('group', { name: 'Spam rules' });
    await userEvent.click(within(group).getByRole('button', { name: 'Trust account' }));
    expect(await within(group).findByRole('status')).toHaveTextContent(
      'Trusted: this account’s posts skip the spam rules and first-post review.',
    );
    expect(within(group).getByRole('button', { name: 'Trust account' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(group).getByRole('button', { name: 'Stop trusting' }));
    await waitFor(() =>
      expect(within(group).getByRole('status')).toHaveTextContent(/^Not trusted/),
    );
    expect(stub.sent('TrustAccount')[0]?.variables).toEqual({ input: { userId: 'user-emily' } });
    expect(stub.sent('UntrustAccount')).toHaveLength(1);
  });
});
