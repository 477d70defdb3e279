import { screen } from '@testing-library/react';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { NotificationList } from './NotificationList';

function flagResolvedOnIdea(outcome: string) {
  return {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        edges: [
          {
            __typename: 'NotificationEdge',
            node: {
              __typename: 'Notification',
              id: 'notification-idea-flag',
              payload: {
                __typename: 'FlagResolvedPayload',
                outcome,
                targetKind: 'idea',
                flaggedId: 'idea-3',
                flaggedQuestionId: null,
              },
              createdAt: '2026-12-07T10:00:00.000Z',
              readAt: null,
            },
          },
        ],
      },
    },
  };
}

describe('NotificationList for a flagged idea', () => {
  it('names the idea and links to it', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      Notifications: flagResolvedOnIdea('dismissed'),
    });
    renderWithForum(<NotificationList />, { fetch: api.fetch, path: '/notifications' });

    expect(
      await screen.findByRole('link', {
        name: 'Moderators reviewed the idea you flagged and left it as it is.',
      }),
    ).toHaveAttribute('href', '/ideas/idea-3');
  });

  it('speaks German', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      Notifications: flagResolvedOnIdea('upheld'),
    });
    renderWithForum(<NotificationList />, {
      fetch: api.fetch,
      path: '/notifications',
      language: 'de',
    });

    expect(await screen.findByRole('link', { name: /die Idee/ })).toHaveAttribute(
      'href',
      '/ideas/idea-3',
    );
  });
});
