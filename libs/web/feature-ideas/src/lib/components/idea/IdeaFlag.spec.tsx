import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { IdeaPage } from './IdeaPage';

function detail(authorId: string) {
  return {
    data: {
      idea: {
        __typename: 'Idea',
        id: 'idea-1',
        title: 'Keep number formats in Excel exports',
        description: 'Amounts should stay numbers.',
        status: 'PLANNED',
        voteCount: 12,
        organisationCount: 0,
        commentCount: 0,
        askerCount: 0,
        createdAt: '2026-03-01T10:00:00.000Z',
        mergedInto: null,
        author: { __typename: 'User', id: authorId, displayName: 'Mehmet Yilmaz' },
        product: { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
        viewerVote: null,
        statusHistory: [],
        comments: [],
        linkedQuestions: [],
      },
    },
  };
}

function renderIdea(viewer: ReturnType<typeof viewerAs>, authorId = 'u-2', language?: 'de') {
  const api = stubGraphql({
    Viewer: viewer,
    IdeaDetail: detail(authorId),
    FlagContent: {
      data: {
        flagContent: {
          __typename: 'Flag',
          id: 'flag-1',
          targetKind: 'IDEA',
          targetId: 'idea-1',
          reason: 'OFF_TOPIC',
          note: null,
        },
      },
    },
  });
  renderWithForum(<IdeaPage id="idea-1" />, { fetch: api.fetch, path: '/ideas/idea-1', language });
  return api;
}

describe('IdeaPage flagging', () => {
  it('lets a member flag someone else’s idea', async () => {
    const api = renderIdea(viewerAs('MEMBER'));

    await userEvent.click(await screen.findByRole('button', { name: 'Flag this idea' }));
    await userEvent.click(screen.getByRole('radio', { name: /Off topic/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send flag' }));

    expect(await screen.findByText(/The moderators will review it/)).toBeInTheDocument();
    expect(api.sent('FlagContent')[0]?.variables).toEqual({
      input: { targetKind: 'IDEA', targetId: 'idea-1', reason: 'OFF_TOPIC', note: null },
    });
  });

  it('offers no flag on one’s own idea', async () => {
    renderIdea(viewerAs('MEMBER'), 'viewer-1');

    expect(
      await screen.findByRole('heading', { name: 'Keep number formats in Excel exports' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Flag this idea' })).not.toBeInTheDocument();
  });

  it('offers no flag to visitors', async () => {
    renderIdea(viewerAs(null));

    expect(
      await screen.findByRole('heading', { name: 'Keep number formats in Excel exports' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Flag this idea' })).not.toBeInTheDocument();
  });

  it('speaks German', async () => {
    renderIdea(viewerAs('MEMBER'), 'u-2', 'de');

    expect(await screen.findByRole('button', { name: 'Diese Idee melden' })).toBeInTheDocument();
  });
});
