import { act, screen, waitFor } from '@testing-library/react';
import { aViewer, FakeGraphqlSocket, renderWithForum, stubGraphql } from '@forum/web/testing';
import { NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  beforeEach(() => {
    FakeGraphqlSocket.sockets = [];
  });

  it('counts what the socket announces, live', async () => {
    const stub = stubGraphql({
      Viewer: { data: { me: aViewer() } },
      UnreadNotificationCount: { data: { unreadNotificationCount: 2 } },
    });
    renderWithForum(<NotificationBell />, {
      fetch: stub.fetch,
      routePath: '*',
      webSocketImpl: FakeGraphqlSocket,
    });
    expect(
      await screen.findByRole('link', { name: 'Notifications, 2 unread' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(FakeGraphqlSocket.sockets[0]?.subscribed('UnreadNotificationCountChanged')).toBe(true),
    );

    act(() =>
      FakeGraphqlSocket.sockets[0]!.emit('UnreadNotificationCountChanged', {
        unreadNotificationCount: 3,
      }),
    );
    expect(
      await screen.findByRole('link', { name: 'Notifications, 3 unread' }),
    ).toBeInTheDocument();
    expect(stub.sent('UnreadNotificationCount')).toHaveLength(1);
  });

  it('asks nothing for a visitor', async () => {
    const stub = stubGraphql();
    renderWithForum(<NotificationBell />, {
      fetch: stub.fetch,
      routePath: '*',
      webSocketImpl: FakeGraphqlSocket,
    });
    await waitFor(() => expect(stub.sent('Viewer')).toHaveLength(1));
    expect(screen.queryByRole('link')).toBeNull();
    expect(FakeGraphqlSocket.sockets).toEqual([]);
  });
});
