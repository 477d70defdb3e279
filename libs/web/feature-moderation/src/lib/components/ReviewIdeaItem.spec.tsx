import { screen, within } from '@testing-library/react';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { ReviewQueue } from './ReviewQueue';

const person = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });

const ideaItem = {
  __typename: 'ReviewItem',
  id: 'item-idea',
  cause: 'FLAGS',
  status: 'OPEN',
  targetKind: 'IDEA',
  targetId: 'idea-7',
  createdAt: '2026-12-07T09:00:00.000Z',
  needsStaff: false,
  flagCount: 1,
  flagWeight: 1,
  spamRule: null,
  claimedUntil: null,
  claimedBy: null,
  resolutionAction: null,
  resolutionReason: null,
  resolvedAt: null,
  resolvedBy: null,
  flags: [
    {
      __typename: 'ReviewFlag',
      id: 'flag-idea-1',
      reason: 'SPAM',
      note: null,
      weight: 1,
      createdAt: '2026-12-07T09:00:00.000Z',
      flagger: person('user-f1', 'Felix Flagger'),
    },
  ],
  target: {
    __typename: 'ReviewTarget',
    id: 'idea-7',
    kind: 'IDEA',
    title: 'Cheap toner for everyone',
    body: 'Visit **our shop** for toner.',
    deleted: false,
    hiddenReason: null,
    questionId: null,
    author: person('user-s', 'Sam Spammer'),
  },
};

function renderQueue(language: 'en' | 'de' = 'en') {
  const api = stubGraphql({
    Viewer: viewerAs('MODERATOR'),
    ReviewQueue: {
      data: {
        reviewQueue: {
          __typename: 'ReviewItemConnection',
          totalCount: 1,
          edges: [{ __typename: 'ReviewItemEdge', node: ideaItem }],
        },
      },
    },
  });
  renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review', language });
}

describe('ReviewQueue with a flagged idea', () => {
  it('shows the idea’s title, excerpt and author and links to the idea', async () => {
    renderQueue();

    const item = await screen.findByRole('article', { name: 'Idea: Cheap toner for everyone' });
    expect(within(item).getByText('by Sam Spammer')).toBeInTheDocument();
    expect(within(item).getByText('our shop').tagName).toBe('STRONG');
    expect(within(item).getByRole('link', { name: 'Open in context' })).toHaveAttribute(
      'href',
      '/ideas/idea-7',
    );
  });

  it('names the kind in German', async () => {
    renderQueue('de');

    expect(
      await screen.findByRole('article', { name: 'Idee: Cheap toner for everyone' }),
    ).toBeInTheDocument();
  });
});
