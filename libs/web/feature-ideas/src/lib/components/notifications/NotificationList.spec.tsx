import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
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
              payload: {
                __typename: 'IdeaStatusChangedPayload',
                ideaId: 'idea-1',
                ideaTitle: 'Dark mode for dashboards',
                toStatus: 'planned',
              },
              createdAt: '2026-03-10T10:00:00.000Z',
              readAt,
            },
          },
        ],
      },
    },
  };
}

function notification(id: string, payload: Record<string, unknown> | null, read = false) {
  return {
    __typename: 'Notification',
    id,
    payload,
    createdAt: '2026-03-02T09:00:00.000Z',
    readAt: read ? '2026-03-02T10:00:00.000Z' : null,
  };
}

function badgeAward({
  badge,
  tier,
  questionId = null,
  ideaId = null,
}: {
  badge: string;
  tier: string;
  questionId?: string | null;
  ideaId?: string | null;
}) {
  return { __typename: 'BadgeAwardedPayload', badge, tier, questionId, earnedByIdeaId: ideaId };
}

const list = {
  data: {
    notifications: {
      __typename: 'NotificationConnection',
      edges: [
        notification(
          'n-1',
          badgeAward({ badge: 'idea_champion', tier: 'silver', ideaId: 'idea-9' }),
        ),
        notification(
          'n-2',
          badgeAward({ badge: 'solution_author', tier: 'bronze', questionId: 'q-4' }),
          true,
        ),
        notification('n-3', badgeAward({ badge: 'company_expert', tier: 'gold' })),
        // A kind this release does not describe.
        notification('n-4', null),
      ].map((node) => ({ __typename: 'NotificationEdge', node })),
    },
  },
};

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
    renderWithForum(<NotificationList />, { fetch: stub.fetch, path: '/notifications' });

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

  it('tells of badge awards, linked to what earned them', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER'), Notifications: list });
    renderWithForum(<NotificationList />, { fetch: api.fetch, path: '/notifications' });

    expect(
      await screen.findByRole('link', { name: 'You earned the badge “Idea Champion” (silver).' }),
    ).toHaveAttribute('href', '/ideas/idea-9');
    expect(
      screen.getByRole('link', { name: 'You earned the badge “Solution Author” (bronze).' }),
    ).toHaveAttribute('href', '/questions/q-4');
    expect(
      screen.getByRole('link', { name: 'You earned the badge “Company Expert” (gold).' }),
    ).toHaveAttribute('href', '/badges#badge-company_expert');
    expect(screen.getByText('Something changed.')).toBeInTheDocument();
  });

  it('tells flaggers what became of their flag', async () => {
    const flagResolved = (outcome: string, targetKind: string, questionId: string | null) => ({
      __typename: 'FlagResolvedPayload',
      outcome,
      targetKind,
      flaggedId: `${targetKind}-1`,
      flaggedQuestionId: questionId,
    });
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      Notifications: {
        data: {
          notifications: {
            __typename: 'NotificationConnection',
            edges: [
              notification('n-1', flagResolved('upheld', 'answer', 'q-7')),
              notification('n-2', flagResolved('dismissed', 'user', null)),
            ].map((node) => ({ __typename: 'NotificationEdge', node })),
          },
        },
      },
    });
    renderWithForum(<NotificationList />, { fetch: api.fetch, path: '/notifications' });

    expect(
      await screen.findByRole('link', {
        name: 'Moderators reviewed the answer you flagged and acted on it. Thank you.',
      }),
    ).toHaveAttribute('href', '/questions/q-7');
    expect(
      screen.getByRole('link', {
        name: 'Moderators reviewed the profile you flagged and left it as it is.',
      }),
    ).toHaveAttribute('href', '/users/user-1');
  });

  it('speaks German', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER'), Notifications: list });
    renderWithForum(<NotificationList />, {
      fetch: api.fetch,
      path: '/notifications',
      language: 'de',
    });

    expect(
      await screen.findByRole('link', {
        name: 'Sie haben das Abzeichen „Ideengeber“ (Silber) erhalten.',
      }),
    ).toHaveAttribute('href', '/ideas/idea-9');
  });
});
