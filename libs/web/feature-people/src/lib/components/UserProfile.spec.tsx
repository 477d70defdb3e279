import { screen, within } from '@testing-library/react';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { aProfile, history } from '../testing/fixtures';
import { UserProfile } from './UserProfile';

function renderProfile(answers: Record<string, unknown>, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({ ReputationHistory: history, ...answers });
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
            productAreas: ['Billing', 'Reporting'],
          }),
        },
      },
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Emily Carter · Support Engineer, Billing · Staff',
    );
    expect(screen.getByText(/Covers: Billing, Reporting/)).toBeVisible();
  });
});
