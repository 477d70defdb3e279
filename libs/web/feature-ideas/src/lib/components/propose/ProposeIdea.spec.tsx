import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, settle, stubGraphql, viewerAs } from '@forum/web/testing';
import { products } from '../../testing/fixtures';
import { ProposeIdea } from './ProposeIdea';

describe('ProposeIdea', () => {
  it('suggests similar ideas while typing and opens the new idea after proposing', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      IdeaProducts: products,
      SimilarIdeas: {
        data: {
          similarIdeas: [
            {
              __typename: 'Idea',
              id: 'idea-9',
              title: 'Excel export keeps numbers',
              status: 'PLANNED',
              voteCount: 40,
            },
          ],
        },
      },
      ProposeIdea: { data: { proposeIdea: { __typename: 'Idea', id: 'idea-new' } } },
    });
    renderWithForum(<ProposeIdea />, { fetch: api.fetch, path: '/ideas/new' });
    await settle();
    await userEvent.type(await screen.findByLabelText(/^Title/), 'Excel export with numbers');
    expect(
      await screen.findByRole('link', { name: 'Excel export keeps numbers' }, { timeout: 2000 }),
    ).toHaveAttribute('href', '/ideas/idea-9');
    expect(api.sent('SimilarIdeas').at(-1)?.variables).toMatchObject({
      title: 'Excel export with numbers',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Propose idea' }));
    expect(screen.getByRole('alert')).toHaveTextContent('choose a product area');
    expect(api.sent('ProposeIdea')).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText('Product area'), 'product-reporting');
    await userEvent.click(screen.getByRole('button', { name: 'Propose idea' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/ideas/idea-new'),
    );
    expect(api.sent('ProposeIdea')[0]?.variables).toEqual({
      input: {
        title: 'Excel export with numbers',
        description: '',
        productId: 'product-reporting',
      },
    });
  });
});
