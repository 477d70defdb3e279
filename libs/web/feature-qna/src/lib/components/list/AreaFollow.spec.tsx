import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSearchParams } from 'react-router';
import { renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { aViewer, products } from '../../testing/fixtures';
import { QuestionList } from './QuestionList';

function ListRoute() {
  const [search] = useSearchParams();
  return <QuestionList search={search} />;
}

const emptyPage = {
  data: {
    questions: {
      __typename: 'QuestionConnection',
      totalCount: 0,
      edges: [],
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
    },
  },
};

const noFacets = {
  data: {
    questionFacets: { __typename: 'QuestionFacets', states: [], products: [], tags: [] },
  },
};

function renderList(path: string, answers: Answers) {
  const stub = stubGraphql({
    Products: products,
    QuestionFacets: noFacets,
    Questions: emptyPage,
    ...answers,
  });
  renderWithForum(<ListRoute />, { fetch: stub.fetch, path, routePath: '/questions' });
  return stub;
}

describe('following the area a question list is filtered by', () => {
  it('follows the tag of a tag filter', async () => {
    const stub = renderList('/questions?tag=pdf', {
      Viewer: { data: { me: aViewer() } },
      TagFollow: {
        data: {
          tag: {
            __typename: 'Tag',
            id: 'tag-pdf',
            slug: 'pdf',
            viewerFollows: false,
            followerCount: 1,
          },
        },
      },
      Follow: {
        data: {
          follow: {
            __typename: 'FollowState',
            targetType: 'TAG',
            targetId: 'tag-pdf',
            following: true,
            followerCount: 2,
          },
        },
      },
    });
    expect(await screen.findByText('1 person follows this tag')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Follow', pressed: false }));
    expect(await screen.findByRole('button', { name: 'Following', pressed: true })).toBeVisible();
    expect(screen.getByText('2 people follow this tag')).toBeInTheDocument();
    expect(stub.sent('TagFollow')[0]?.variables).toEqual({ slug: 'pdf' });
    expect(stub.sent('Follow')[0]?.variables).toEqual({
      input: { targetType: 'TAG', targetId: 'tag-pdf' },
    });
  });

  it('offers visitors to sign in to follow a product area', async () => {
    renderList('/questions?product=billing', {
      ProductFollows: {
        data: {
          products: [
            {
              __typename: 'Product',
              id: 'product-billing',
              slug: 'billing',
              viewerFollows: false,
              followerCount: 7,
            },
          ],
        },
      },
    });
    expect(await screen.findByText('7 people follow this product area')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to follow' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent('/questions?product=billing')}`,
    );
  });

  it('shows nothing to follow on the unfiltered list', async () => {
    const stub = renderList('/questions', {});
    expect(await screen.findByRole('heading', { name: 'Questions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Follow' })).not.toBeInTheDocument();
    expect(stub.sent('TagFollow')).toHaveLength(0);
    expect(stub.sent('ProductFollows')).toHaveLength(0);
  });
});
