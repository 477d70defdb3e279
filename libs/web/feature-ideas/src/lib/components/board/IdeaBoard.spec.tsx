import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, settle, stubGraphql, viewerAs } from '@forum/web/testing';
import { anIdeaCard, products } from '../../testing/fixtures';
import { IdeaBoard } from './IdeaBoard';

function board(ideas: ReturnType<typeof anIdeaCard>[], hasNextPage = false) {
  return {
    data: {
      ideas: {
        __typename: 'IdeaConnection',
        totalCount: ideas.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: 'cursor-1' },
        edges: ideas.map((node) => ({ __typename: 'IdeaEdge', node })),
      },
    },
  };
}

describe('IdeaBoard', () => {
  it('lists ideas with votes and status, and sorts and filters through the address', async () => {
    const api = stubGraphql({
      IdeaProducts: products,
      Ideas: (variables: Record<string, unknown>) =>
        variables['orderBy'] === 'TRENDING'
          ? board([
              anIdeaCard({
                id: 'idea-2',
                title: 'Dark mode for dashboards',
                status: 'UNDER_REVIEW',
                voteCount: 1,
              }),
            ])
          : board([anIdeaCard()]),
    });
    renderWithForum(<IdeaBoard />, { fetch: api.fetch, path: '/ideas' });
    await settle();
    const link = await screen.findByRole('link', { name: 'Keep number formats in Excel exports' });
    expect(link).toHaveAttribute('href', '/ideas/idea-1');
    const row = within(link.closest('li')!);
    expect(row.getByText('12 votes')).toBeInTheDocument();
    expect(row.getByText('Planned')).toBeInTheDocument();
    expect(row.getByText('Reporting')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Insights' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'trending');
    await settle();
    expect(
      await screen.findByRole('link', { name: 'Dark mode for dashboards' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/ideas?sort=trending');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'planned');
    await settle();
    expect(api.sent('Ideas').at(-1)?.variables).toEqual({
      orderBy: 'TRENDING',
      filter: { statuses: ['PLANNED'], productId: null },
      after: null,
    });
  });

  it('offers the insights to product managers, in German too', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('PRODUCT_MANAGER'),
      IdeaProducts: products,
      Ideas: board([]),
    });
    renderWithForum(<IdeaBoard />, { fetch: api.fetch, path: '/ideas', language: 'de' });
    await settle();
    expect(await screen.findByRole('link', { name: 'Auswertung' })).toHaveAttribute(
      'href',
      '/ideas/insights',
    );
    expect(
      screen.getByText('Keine passenden Ideen. Schlagen Sie die erste vor.'),
    ).toBeInTheDocument();
  });
});
