import { screen, within } from '@testing-library/react';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { BadgeCatalog } from './BadgeCatalog';

const text = (en: string, de: string) => ({ __typename: 'LocalizedText', en, de });

const badges = {
  data: {
    badges: [
      {
        __typename: 'Badge',
        key: 'HELPFUL',
        revocable: false,
        name: text('Helpful', 'Hilfsbereit'),
        levels: [
          {
            __typename: 'BadgeLevel',
            tier: 'BRONZE',
            threshold: 10,
            holderCount: 2,
            description: text('Answers with 10 upvotes in total.', 'Antworten mit 10 Stimmen.'),
          },
          {
            __typename: 'BadgeLevel',
            tier: 'GOLD',
            threshold: 250,
            holderCount: 0,
            description: text('Answers with 250 upvotes in total.', 'Antworten mit 250 Stimmen.'),
          },
        ],
        recentAwards: [
          {
            __typename: 'BadgeAward',
            id: 'award-1',
            tier: 'BRONZE',
            awardedAt: '2026-03-02T09:00:00.000Z',
            user: {
              __typename: 'User',
              id: 'user-emily',
              displayName: 'Emily Carter',
              isDeleted: false,
            },
            product: null,
          },
        ],
      },
      {
        __typename: 'Badge',
        key: 'IDEA_CHAMPION',
        revocable: false,
        name: text('Idea Champion', 'Ideengeber'),
        levels: [
          {
            __typename: 'BadgeLevel',
            tier: 'SILVER',
            threshold: 1,
            holderCount: 0,
            description: text('Suggested a planned idea.', 'Geplante Idee.'),
          },
        ],
        recentAwards: [],
      },
    ],
  },
};

describe('BadgeCatalog', () => {
  it('lists every badge with its tiers, holders and who earned it lately', async () => {
    renderWithForum(<BadgeCatalog />, { fetch: stubGraphql({ Badges: badges }).fetch });

    const helpful = await screen.findByRole('region', { name: 'Helpful' });
    expect(within(helpful).getByText(/Helpful · 2 holders/)).toHaveTextContent('(Bronze)');
    expect(
      within(helpful).getByText('Answers with 250 upvotes in total.', { exact: false }),
    ).toBeVisible();
    expect(within(helpful).getByRole('link', { name: 'Emily Carter' })).toHaveAttribute(
      'href',
      '/users/user-emily',
    );
    const champion = screen.getByRole('region', { name: 'Idea Champion' });
    expect(within(champion).getByText('Nobody has earned this badge yet.')).toBeVisible();
  });

  it('shows names and descriptions in German', async () => {
    renderWithForum(<BadgeCatalog />, {
      fetch: stubGraphql({ Badges: badges }).fetch,
      language: 'de',
    });

    expect(await screen.findByRole('heading', { name: 'Hilfsbereit' })).toBeVisible();
    expect(screen.getByText(/Hilfsbereit · 2 Personen/)).toBeVisible();
  });
});
