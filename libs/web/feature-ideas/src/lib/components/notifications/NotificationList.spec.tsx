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

  describe('about questions and answers', () => {
    const title = 'Export to Excel';
    const about = (typename: string, extra: Record<string, unknown>) => ({
      __typename: typename,
      aboutQuestionId: 'q-1',
      questionTitle: title,
      ...extra,
    });
    const told = (
      id: string,
      payload: Record<string, unknown>,
      count: number,
      actor: string | null,
    ) => ({
      ...notification(id, payload),
      count,
      actor: actor ? { __typename: 'User', id: `u-${id}`, displayName: actor } : null,
    });
    const questionList = {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          edges: [
            told('n-1', about('AnswerPostedPayload', { answerId: 'a-3' }), 3, 'Hana Helper'),
            told('n-2', about('AnswerPostedPayload', { answerId: 'a-9' }), 1, 'Hana Helper'),
            told('n-3', about('CommentPostedPayload', { onAnswerId: 'a-1' }), 2, 'Ben'),
            told('n-4', about('AnswerAcceptedPayload', { answerId: 'a-1' }), 1, 'Anna Schmidt'),
            told(
              'n-5',
              about('AnswerVerifiedPayload', { answerId: 'a-2', onYourQuestion: false }),
              1,
              'Erik Expert',
            ),
            told(
              'n-9',
              about('AnswerVerifiedPayload', { answerId: 'a-2', onYourQuestion: true }),
              1,
              'Erik Expert',
            ),
            told(
              'n-6',
              about('QuestionClosedAsDuplicatePayload', {
                duplicateOfId: 'q-0',
                duplicateOfTitle: 'CSV export',
              }),
              1,
              'Erik Expert',
            ),
            told('n-7', about('MentionPayload', { onAnswerId: null }), 1, null),
            told('n-8', about('QuestionInFollowedAreaPayload', {}), 1, 'Anna Schmidt'),
            told('n-9', about('QuestionSolvedCheckPayload', { solvedCheckToken: 'p.s' }), 1, null),
            told(
              'n-10',
              about('QuestionAssignedPayload', { questionSlug: 'export-to-excel' }),
              1,
              'Lukas Brandt',
            ),
            told(
              'n-11',
              about('QuestionEscalatedPayload', {
                questionSlug: 'export-to-excel',
                step: 'breached',
              }),
              1,
              null,
            ),
          ].map((node) => ({ __typename: 'NotificationEdge', node })),
        },
      },
    };

    it('says who did what, counts bursts and links to the answer', async () => {
      const api = stubGraphql({ Viewer: viewerAs('MEMBER'), Notifications: questionList });
      renderWithForum(<NotificationList />, { fetch: api.fetch, path: '/notifications' });

      const expected: Array<[string, string]> = [
        ['3 new answers on “Export to Excel”.', '/questions/q-1#answer-a-3'],
        ['Hana Helper answered “Export to Excel”.', '/questions/q-1#answer-a-9'],
        ['2 new comments on “Export to Excel”.', '/questions/q-1#answer-a-1'],
        ['Anna Schmidt accepted your answer to “Export to Excel”.', '/questions/q-1#answer-a-1'],
        [
          'Erik Expert verified your answer to “Export to Excel” as the solution.',
          '/questions/q-1#answer-a-2',
        ],
        [
          'Erik Expert verified a solution to your question “Export to Excel”.',
          '/questions/q-1#answer-a-2',
        ],
        [
          'Your question “Export to Excel” was closed as a duplicate of “CSV export”.',
          '/questions/q-0',
        ],
        ['Someone mentioned you in “Export to Excel”.', '/questions/q-1'],
        ['New question from Anna Schmidt: “Export to Excel”.', '/questions/q-1'],
        ['Is “Export to Excel” solved? Tell us with one click.', '/solved?token=p.s'],
        ['Lukas Brandt assigned “Export to Excel” to you.', '/questions/q-1/export-to-excel'],
        [
          '“Export to Excel” passed its response target without a staff answer.',
          '/questions/q-1/export-to-excel',
        ],
      ];
      await screen.findByRole('link', { name: '3 new answers on “Export to Excel”.' });
      for (const [name, href] of expected) {
        expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
      }
    });

    it('speaks German, with plurals', async () => {
      const api = stubGraphql({ Viewer: viewerAs('MEMBER'), Notifications: questionList });
      renderWithForum(<NotificationList />, {
        fetch: api.fetch,
        path: '/notifications',
        language: 'de',
      });

      expect(
        await screen.findByRole('link', { name: '3 neue Antworten auf „Export to Excel“.' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'Hana Helper hat „Export to Excel“ beantwortet.' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', {
          name: 'Erik Expert hat Ihre Antwort auf „Export to Excel“ als Lösung bestätigt.',
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', {
          name: 'Erik Expert hat eine Lösung für Ihre Frage „Export to Excel“ bestätigt.',
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'Jemand hat Sie in „Export to Excel“ erwähnt.' }),
      ).toBeInTheDocument();
    });
  });
});
