import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { FollowingList } from './FollowingList';

interface Item {
  targetType: string;
  targetId: string;
  title: string;
  path: string;
}

const question: Item = {
  targetType: 'QUESTION',
  targetId: 'q-1',
  title: 'How do I download all invoices?',
  path: '/questions/q-1',
};
const tag: Item = {
  targetType: 'TAG',
  targetId: 'tag-1',
  title: 'pdf',
  path: '/questions?tag=pdf',
};
const idea: Item = {
  targetType: 'IDEA',
  targetId: 'idea-1',
  title: 'Dark mode for dashboards',
  path: '/ideas/idea-1',
};

function page(items: Item[], endCursor: string | null, hasNextPage: boolean) {
  return {
    data: {
      myFollows: {
        __typename: 'FollowConnection',
        totalCount: 3,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        edges: items.map((node) => ({
          __typename: 'FollowEdge',
          cursor: `c-${node.targetId}`,
          node: { __typename: 'FollowedItem', followedAt: '2026-03-01T10:00:00.000Z', ...node },
        })),
      },
    },
  };
}

describe('FollowingList', () => {
  it('lists what one follows a page at a time, with type and link', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      MyFollows: (variables: Record<string, unknown>) =>
        variables['after'] === 'c-tag-1'
          ? page([idea], 'c-idea-1', false)
          : page([question, tag], 'c-tag-1', true),
    });
    renderWithForum(<FollowingList />, { fetch: api.fetch, path: '/following' });

    expect(await screen.findByRole('heading', { name: 'Following' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'How do I download all invoices?' });
    expect(link).toHaveAttribute('href', '/questions/q-1');
    expect(link.closest('li')).toHaveTextContent(/^Question/);
    expect(screen.getByRole('link', { name: 'pdf' })).toHaveAttribute('href', '/questions?tag=pdf');
    expect(screen.getByRole('link', { name: 'pdf' }).closest('li')).toHaveTextContent(/^Tag/);

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'Dark mode for dashboards' })).toHaveAttribute(
      'href',
      '/ideas/idea-1',
    );
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(api.sent('MyFollows').map((request) => request.variables)).toEqual([
      { first: 20, after: null, targetType: null },
      { first: 20, after: 'c-tag-1', targetType: null },
    ]);
  });

  it('unfollows, and the list no longer shows it', async () => {
    let followed = [question, tag];
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      MyFollows: () => page(followed, null, false),
      Unfollow: (variables: Record<string, unknown>) => {
        followed = followed.filter((item) => item.targetId !== 'tag-1');
        return {
          data: {
            unfollow: {
              __typename: 'FollowState',
              ...(variables['input'] as object),
              following: false,
              followerCount: 0,
            },
          },
        };
      },
    });
    renderWithForum(<FollowingList />, { fetch: api.fetch, path: '/following' });

    await userEvent.click(await screen.findByRole('button', { name: 'Unfollow pdf' }));

    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'pdf' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'How do I download all invoices?' })).toBeVisible();
    expect(api.sent('Unfollow')[0]?.variables).toEqual({
      input: { targetType: 'TAG', targetId: 'tag-1' },
    });
  });

  it('filters by kind', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      MyFollows: (variables: Record<string, unknown>) =>
        variables['targetType'] === 'IDEA'
          ? page([idea], null, false)
          : page([question, tag], null, false),
    });
    renderWithForum(<FollowingList />, { fetch: api.fetch, path: '/following' });
    await screen.findByRole('link', { name: 'pdf' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'IDEA');
    expect(await screen.findByRole('link', { name: 'Dark mode for dashboards' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'pdf' })).not.toBeInTheDocument();
  });

  it('says when one follows nothing yet', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER'), MyFollows: page([], null, false) });
    renderWithForum(<FollowingList />, { fetch: api.fetch, path: '/following' });
    expect(await screen.findByText(/You do not follow anything yet/)).toBeInTheDocument();
  });

  it('asks visitors to sign in, in German too', async () => {
    const api = stubGraphql({});
    renderWithForum(<FollowingList />, { fetch: api.fetch, path: '/following', language: 'de' });
    expect(
      await screen.findByRole('link', { name: 'Melden Sie sich an, um zu sehen, wem Sie folgen.' }),
    ).toHaveAttribute('href', '/sign-in?returnTo=%2Ffollowing');
    expect(api.sent('MyFollows')).toHaveLength(0);
  });
});
