import { screen } from '@testing-library/react';
import { renderIdeas, stubGraphql, viewerAs } from '../../testing/renderIdeas';
import { NotificationList } from './NotificationList';

function notification(id: string, kind: string, payload: Record<string, unknown>, read = false) {
  return {
    __typename: 'Notification',
    id,
    kind,
    payload: JSON.stringify(payload),
    createdAt: '2026-03-02T09:00:00.000Z',
    readAt: read ? '2026-03-02T10:00:00.000Z' : null,
  };
}

const list = {
  data: {
    notifications: {
      __typename: 'NotificationConnection',
      edges: [
        notification('n-1', 'badge.awarded', {
          badge: 'idea_champion',
          tier: 'silver',
          ideaId: 'idea-9',
        }),
        notification(
          'n-2',
          'badge.awarded',
          { badge: 'solution_author', tier: 'bronze', questionId: 'q-4', answerId: 'a-1' },
          true,
        ),
        notification('n-3', 'badge.awarded', { badge: 'company_expert', tier: 'gold' }),
      ].map((node) => ({ __typename: 'NotificationEdge', node })),
    },
  },
};

describe('NotificationList', () => {
  it('tells of badge awards, linked to what earned them', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER'), Notifications: list });
    renderIdeas(<NotificationList />, { fetch: api.fetch, path: '/notifications' });

    expect(
      await screen.findByRole('link', { name: 'You earned the badge “Idea Champion” (silver).' }),
    ).toHaveAttribute('href', '/ideas/idea-9');
    expect(
      screen.getByRole('link', { name: 'You earned the badge “Solution Author” (bronze).' }),
    ).toHaveAttribute('href', '/questions/q-4');
    expect(
      screen.getByRole('link', { name: 'You earned the badge “Company Expert” (gold).' }),
    ).toHaveAttribute('href', '/badges#badge-company_expert');
  });

  it('speaks German', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER'), Notifications: list });
    renderIdeas(<NotificationList />, { fetch: api.fetch, path: '/notifications', language: 'de' });

    expect(
      await screen.findByRole('link', {
        name: 'Sie haben das Abzeichen „Ideengeber“ (Silber) erhalten.',
      }),
    ).toHaveAttribute('href', '/ideas/idea-9');
  });
});
