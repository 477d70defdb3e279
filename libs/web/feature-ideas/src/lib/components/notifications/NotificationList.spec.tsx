import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderIdeas, stubGraphql, viewerAs } from '../../testing/renderIdeas';
import { NotificationList } from './NotificationList';

function notifications(readAt: string | null) {
  return {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        edges: [
          {
            __typename: 'NotificationEdge',
            node: {
              __typename: 'Notification',
              id: 'notification-1',
              kind: 'idea.status_changed',
              payload: JSON.stringify({
                ideaId: 'idea-1',
                ideaTitle: 'Dark mode for dashboards',
                toStatus: 'planned',
              }),
              createdAt: '2026-03-10T10:00:00.000Z',
              readAt,
            },
          },
        ],
      },
    },
  };
}

describe('NotificationList', () => {
  it('links each notification to its idea and marks all read, refreshing what it shows', async () => {
    let readAt: string | null = null;
    const stub = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      Notifications: () => notifications(readAt),
      MarkNotificationsRead: () => {
        readAt = '2026-03-11T08:00:00.000Z';
        return { data: { markNotificationsRead: 0 } };
      },
    });
    renderIdeas(<NotificationList />, { fetch: stub.fetch, path: '/notifications' });

    const link = await screen.findByRole('link', {
      name: '“Dark mode for dashboards” is now Planned.',
    });
    expect(link).toHaveAttribute('href', '/ideas/idea-1');
    expect(screen.getByText(/Unread/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));

    // The mutation only returns a count, so the list must be fetched again.
    await waitFor(() => expect(screen.queryByText(/Unread/)).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
    expect(stub.sent('MarkNotificationsRead')).toHaveLength(1);
    expect(stub.sent('Notifications')).toHaveLength(2);
  });
});
