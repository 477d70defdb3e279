import { jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import {
  isSafeUrl,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  viewerAs,
  XSS_PAYLOADS,
} from '@forum/web/testing';
import { NotificationList } from './NotificationList';

/**
 * Each payload in every text and id a notification carries, with the sentence and link (if any)
 * the list must show for it.
 */
function notificationsWith(payload: string, index: number) {
  const kinds: { payload: Record<string, unknown>; text: string; link: string | null }[] = [
    {
      payload: {
        __typename: 'IdeaStatusChangedPayload',
        ideaId: payload,
        ideaTitle: payload,
        toStatus: 'planned',
      },
      text: `“${payload}” is now Planned.`,
      link: `/ideas/${payload}`,
    },
    {
      payload: {
        __typename: 'IdeaMergedPayload',
        ideaTitle: payload,
        targetId: payload,
        targetTitle: payload,
      },
      text: `“${payload}” was merged into “${payload}”; your vote moved there.`,
      link: `/ideas/${payload}`,
    },
    {
      payload: {
        __typename: 'BadgeAwardedPayload',
        badge: payload,
        tier: payload,
        questionId: null,
        earnedByIdeaId: null,
      },
      text: `You earned the badge “${payload}” (${payload}).`,
      link: `/badges#badge-${payload}`,
    },
    // Values this release does not know: the sentence falls back, the ids only go into paths.
    {
      payload: {
        __typename: 'FlagResolvedPayload',
        outcome: payload,
        targetKind: payload,
        flaggedId: payload,
        flaggedQuestionId: null,
      },
      text: 'Moderators reviewed the content you flagged and left it as it is.',
      link: null,
    },
    {
      payload: {
        __typename: 'FlagResolvedPayload',
        outcome: 'upheld',
        targetKind: 'user',
        flaggedId: payload,
        flaggedQuestionId: null,
      },
      text: 'Moderators reviewed the profile you flagged and acted on it. Thank you.',
      link: `/users/${payload}`,
    },
    {
      payload: {
        __typename: 'FlagResolvedPayload',
        outcome: 'dismissed',
        targetKind: 'answer',
        flaggedId: payload,
        flaggedQuestionId: payload,
      },
      text: 'Moderators reviewed the answer you flagged and left it as it is.',
      link: `/questions/${payload}`,
    },
  ];
  return kinds.map((kind, offset) => ({
    ...kind,
    node: {
      __typename: 'Notification',
      id: `n-${index}-${offset}`,
      payload: kind.payload,
      createdAt: '2026-03-02T09:00:00.000Z',
      readAt: '2026-03-02T10:00:00.000Z',
    },
  }));
}

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

describe('NotificationList and cross-site scripting', () => {
  afterEach(() => expect(alert).not.toHaveBeenCalled());

  it('shows every payload as text in idea titles, badges and resolved flags, and links only within the forum', async () => {
    const expected = XSS_PAYLOADS.flatMap(notificationsWith);
    const { fetch } = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      Notifications: {
        data: {
          notifications: {
            __typename: 'NotificationConnection',
            edges: expected.map(({ node }) => ({ __typename: 'NotificationEdge', node })),
          },
        },
      },
    });

    const { container } = renderWithForum(<NotificationList />, {
      fetch,
      path: '/notifications',
    });
    await screen.findAllByText('Moderators reviewed the content you flagged and left it as it is.');

    expect(unsafeParts(container)).toEqual([]);
    const items = [...container.querySelectorAll('.notifications-list > li')];
    expect(items).toHaveLength(expected.length);
    expected.forEach(({ text, link }, index) => {
      const item = items[index] as HTMLElement;
      const anchor = item.querySelector('a');
      expect(item.firstChild?.textContent).toBe(text);
      if (link === null) {
        expect(anchor).toBeNull();
        return;
      }
      const href = anchor?.getAttribute('href') ?? '';
      expect(isSafeUrl(href)).toBe(true);
      // However the id is spelt, the link stays on this forum, below the path it belongs to.
      const url = new URL(href, 'https://forum.example/notifications');
      expect([url.origin, url.pathname.split('/')[1]]).toEqual([
        'https://forum.example',
        link.split(/[/#]/)[1],
      ]);
    });
  });
});
