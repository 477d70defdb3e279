import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { graphqlError, renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { aQuestion, aViewer, detailOf } from '../../testing/fixtures';
import { QuestionPage } from './QuestionPage';

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

function renderQuestion(answers: Answers) {
  const stub = stubGraphql({ QuestionDetail: detailOf(aQuestion()), ...answers });
  renderWithForum(<QuestionRoute />, {
    fetch: stub.fetch,
    path: `/questions/question-1/${aQuestion().slug}`,
    routePath: '/questions/:id/:slug?',
  });
  return stub;
}

const followState = (following: boolean, followerCount: number) => ({
  __typename: 'FollowState',
  targetType: 'QUESTION',
  targetId: 'question-1',
  following,
  followerCount,
});

describe('following a question', () => {
  it('follows and unfollows from the question page, with the count', async () => {
    const stub = renderQuestion({
      Viewer: { data: { me: aViewer() } },
      Follow: { data: { follow: followState(true, 4) } },
      Unfollow: { data: { unfollow: followState(false, 3) } },
    });

    const follow = await screen.findByRole('button', { name: 'Follow', pressed: false });
    expect(screen.getByText('3 people follow this question')).toBeInTheDocument();
    await userEvent.click(follow);

    const following = await screen.findByRole('button', { name: 'Following', pressed: true });
    expect(screen.getByText('4 people follow this question')).toBeInTheDocument();
    expect(stub.sent('Follow')[0]?.variables).toEqual({
      input: { targetType: 'QUESTION', targetId: 'question-1' },
    });

    await userEvent.click(following);
    expect(await screen.findByRole('button', { name: 'Follow', pressed: false })).toBeEnabled();
    expect(stub.sent('Unfollow')).toHaveLength(1);
  });

  it('says why a follow was refused', async () => {
    renderQuestion({
      Viewer: { data: { me: aViewer() } },
      Follow: graphqlError('FOLLOW_LIMIT_REACHED', { code: 'CONFLICT', limit: 5000 }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You follow 5,000 things already. Unfollow some first.',
    );
    expect(screen.getByRole('button', { name: 'Follow', pressed: false })).toBeInTheDocument();
  });

  it('asks visitors to sign in and come back', async () => {
    renderQuestion({});
    expect(await screen.findByRole('link', { name: 'Sign in to follow' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent(`/questions/question-1/${aQuestion().slug}`)}`,
    );
    expect(screen.queryByRole('button', { name: 'Follow' })).not.toBeInTheDocument();
  });
});
