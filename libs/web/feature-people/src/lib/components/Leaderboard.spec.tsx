import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { Leaderboard } from './Leaderboard';

const person = (id: string, displayName: string, isStaff = false) => ({
  __typename: 'User',
  id,
  displayName,
  isStaff,
  staffTitle: null,
  isDeleted: false,
});

function stub() {
  return stubGraphql({
    LeaderboardProducts: {
      data: { products: [{ __typename: 'Product', id: 'product-billing', name: 'Billing' }] },
    },
    Leaderboard: (variables: { period: string; productId: string | null }) => ({
      data: {
        leaderboard:
          variables.period === 'WEEK' && variables.productId === 'product-billing'
            ? []
            : [
                {
                  __typename: 'LeaderboardEntry',
                  rank: 1,
                  points: 2345,
                  user: person('user-emily', 'Emily Carter'),
                },
                {
                  __typename: 'LeaderboardEntry',
                  rank: 2,
                  points: 40,
                  user: person('user-anna', 'Anna Schmidt', true),
                },
              ],
      },
    }),
  });
}

describe('Leaderboard', () => {
  it('ranks people by reputation, all time by default', async () => {
    const graphql = stub();
    renderWithForum(<Leaderboard />, { fetch: graphql.fetch, path: '/leaderboard' });

    const rows = await screen.findAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'RankPersonReputation',
      '1Emily Carter2,345',
      '2Anna Schmidt · Staff40',
    ]);
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/users/user-emily');
    expect(graphql.sent('Leaderboard')[0]?.variables).toEqual({
      period: 'ALL_TIME',
      productId: null,
    });
  });

  it('filters by period and product through the address', async () => {
    const graphql = stub();
    renderWithForum(<Leaderboard />, { fetch: graphql.fetch, path: '/leaderboard' });
    await screen.findAllByRole('row');

    await userEvent.selectOptions(screen.getByLabelText('Period'), 'week');
    await userEvent.selectOptions(screen.getByLabelText('Product area'), 'product-billing');

    expect(await screen.findByText('Nobody earned reputation in this period yet.')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/leaderboard?period=week&product=product-billing',
      ),
    );
  });
});
