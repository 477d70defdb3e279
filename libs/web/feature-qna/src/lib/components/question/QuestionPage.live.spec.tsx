import { jest } from '@jest/globals';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { FakeGraphqlSocket, renderWithForum, stubGraphql } from '@forum/web/testing';
import { anAnswer, aQuestion, aViewer, customer, detailOf } from '../../testing/fixtures';
import { QuestionPage } from './QuestionPage';

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

const question = aQuestion({ answerCount: 1, answers: [anAnswer({ id: 'answer-1' })] });
const withNewAnswer = aQuestion({
  answerCount: 2,
  answers: [
    anAnswer({ id: 'answer-1' }),
    anAnswer({ id: 'answer-new', author: customer, body: 'Use the export button.' }),
  ],
});
const reader = aViewer({ id: 'user-reader' });

function activity(authorId: string, kind: 'ANSWER' | 'COMMENT', id: string) {
  return {
    questionActivity: {
      __typename: 'QuestionActivity',
      questionId: question.id,
      kind,
      answerIds: kind === 'ANSWER' ? [id] : [],
      commentIds: kind === 'COMMENT' ? [id] : [],
      authorId,
    },
  };
}

describe('QuestionPage, live', () => {
  const scrollIntoView = jest.fn();

  const original = Element.prototype.scrollIntoView;

  beforeEach(() => {
    FakeGraphqlSocket.sockets = [];
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  afterEach(() => {
    Element.prototype.scrollIntoView = original;
  });

  it('announces answers and comments by others, and shows them on request', async () => {
    let loads = 0;
    const stub = stubGraphql({
      Viewer: { data: { me: reader } },
      QuestionDetail: () => detailOf(loads++ === 0 ? question : withNewAnswer),
    });
    renderWithForum(<QuestionRoute />, {
      fetch: stub.fetch,
      path: `/questions/${question.id}/${question.slug}`,
      routePath: '/questions/:id/:slug?',
      webSocketImpl: FakeGraphqlSocket,
    });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(FakeGraphqlSocket.sockets[0]?.subscribed('QuestionActivity')).toBe(true),
    );
    const socket = FakeGraphqlSocket.sockets[0]!;

    // The reader's own answer shows up through their own page; it is not announced.
    act(() => socket.emit('QuestionActivity', activity('user-reader', 'ANSWER', 'answer-mine')));
    act(() => socket.emit('QuestionActivity', activity('user-customer', 'ANSWER', 'answer-new')));
    act(() => socket.emit('QuestionActivity', activity('user-customer', 'COMMENT', 'comment-new')));
    const notice = await screen.findByText('1 new answer, 1 new comment');
    expect(notice.closest('[aria-live="polite"]')).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show them' }));
    expect(await screen.findByText('Use the export button.')).toBeInTheDocument();
    expect(stub.sent('QuestionDetail')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show them' })).toBeNull();
    await waitFor(() => expect(scrollIntoView).toHaveBeenCalled());
    expect((scrollIntoView.mock.contexts[0] as HTMLElement).id).toBe('answer-answer-new');
  });
});
