import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, settle, stubGraphql, viewerAs } from '@forum/web/testing';
import { IdeaPage } from './IdeaPage';

function detail(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      idea: {
        __typename: 'Idea',
        id: 'idea-1',
        title: 'Keep number formats in Excel exports',
        description: 'Amounts should stay **numbers**.',
        status: 'PLANNED',
        voteCount: 12,
        organisationCount: 3,
        commentCount: 0,
        askerCount: 2,
        viewerFollows: false,
        followerCount: 5,
        createdAt: '2026-03-01T10:00:00.000Z',
        mergedInto: null,
        author: { __typename: 'User', id: 'u-2', displayName: 'Mehmet Yilmaz' },
        product: { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
        viewerVote: null,
        statusHistory: [
          {
            __typename: 'IdeaStatusChange',
            id: 'change-1',
            toStatus: 'PLANNED',
            message: 'We start next quarter.',
            createdAt: '2026-03-10T10:00:00.000Z',
            changedBy: { __typename: 'User', displayName: 'Priya Raman' },
          },
        ],
        comments: [],
        linkedQuestions: [
          {
            __typename: 'Question',
            id: 'q-1',
            title: 'Excel loses formats',
            slug: 'excel-loses-formats',
          },
        ],
        ...overrides,
      },
    },
  };
}

describe('IdeaPage', () => {
  it('shows the idea, its history and evidence, and lets a member vote with importance', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      IdeaDetail: detail(),
      VoteForIdea: {
        data: {
          voteForIdea: {
            __typename: 'Idea',
            id: 'idea-1',
            voteCount: 13,
            organisationCount: 3,
            viewerVote: { __typename: 'IdeaViewerVote', importance: 'CRITICAL', reason: 'Audits' },
          },
        },
      },
    });
    renderWithForum(<IdeaPage id="idea-1" />, { fetch: api.fetch, path: '/ideas/idea-1' });
    await settle();
    expect(
      await screen.findByRole('heading', { name: 'Keep number formats in Excel exports' }),
    ).toBeInTheDocument();
    expect(screen.getByText('We start next quarter.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Excel loses formats' })).toHaveAttribute(
      'href',
      '/questions/q-1/excel-loses-formats',
    );
    expect(screen.getByText('2 people asked for it in questions.')).toBeInTheDocument();
    // Members neither see nor ask for staff notes or the status form.
    expect(screen.queryByText('Internal notes (staff only)')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set status and notify' })).not.toBeInTheDocument();
    expect(api.sent('IdeaNotes')).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText('How important is it to you?'), 'CRITICAL');
    await userEvent.type(screen.getByLabelText(/only product managers read this/), 'Audits');
    await userEvent.click(screen.getByRole('button', { name: 'Vote' }));
    await waitFor(() => expect(api.sent('VoteForIdea')).toHaveLength(1));
    expect(api.sent('VoteForIdea')[0]?.variables).toEqual({
      input: { ideaId: 'idea-1', importance: 'CRITICAL', reason: 'Audits' },
    });
  });

  it('goes to the target of a merged idea', async () => {
    const api = stubGraphql({
      IdeaDetail: detail({ mergedInto: { __typename: 'Idea', id: 'idea-7' } }),
    });
    renderWithForum(<IdeaPage id="idea-1" />, {
      fetch: api.fetch,
      path: '/ideas/idea-1',
      routePath: '/ideas/idea-1',
    });
    await settle();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/ideas/idea-7'));
  });

  it('shows staff notes and the status form to product managers', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('PRODUCT_MANAGER'),
      IdeaDetail: detail(),
      IdeaNotes: {
        data: {
          idea: {
            __typename: 'Idea',
            id: 'idea-1',
            internalNotes: [
              {
                __typename: 'IdeaNote',
                id: 'n-1',
                body: 'ACME renewal depends on it.',
                createdAt: '2026-03-11T10:00:00.000Z',
                author: { __typename: 'User', displayName: 'Anna Schmidt' },
              },
            ],
          },
        },
      },
    });
    renderWithForum(<IdeaPage id="idea-1" />, { fetch: api.fetch, path: '/ideas/idea-1' });
    await settle();
    expect(await screen.findByText('ACME renewal depends on it.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set status and notify' })).toBeInTheDocument();
  });

  it('lets a member follow the idea, with the count', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      IdeaDetail: detail(),
      Follow: {
        data: {
          follow: {
            __typename: 'FollowState',
            targetType: 'IDEA',
            targetId: 'idea-1',
            following: true,
            followerCount: 6,
          },
        },
      },
    });
    renderWithForum(<IdeaPage id="idea-1" />, { fetch: api.fetch, path: '/ideas/idea-1' });
    expect(await screen.findByText('5 people follow this idea')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Follow', pressed: false }));
    expect(await screen.findByRole('button', { name: 'Following', pressed: true })).toBeVisible();
    expect(screen.getByText('6 people follow this idea')).toBeInTheDocument();
    expect(api.sent('Follow')[0]?.variables).toEqual({
      input: { targetType: 'IDEA', targetId: 'idea-1' },
    });
  });
});
