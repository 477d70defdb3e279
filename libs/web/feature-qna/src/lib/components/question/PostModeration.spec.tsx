import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { anAnswer, aQuestion, asker, aViewer, customer, detailOf } from '../../testing/fixtures';
import { QuestionPage } from './QuestionPage';

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

function renderQuestion(answers: Answers, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql(answers);
  renderWithForum(<QuestionRoute />, {
    fetch: stub.fetch,
    language,
    path: `/questions/question-1/${aQuestion().slug}`,
    routePath: '/questions/:id/:slug?',
  });
  return stub;
}

const asModerator = {
  data: { me: aViewer({ id: 'user-moderator', role: 'MODERATOR', isStaff: true }) },
};
const asMember = { data: { me: aViewer({ id: 'user-member' }) } };

const questionActions = async () =>
  within(
    within(await screen.findByRole('article', { name: /How do I download/ })).getByRole('list', {
      name: 'Actions for the question',
    }),
  );

describe('hiding, locking and pinning on the question page', () => {
  it('gives moderators Hide (with a note), Lock and Pin, and sends them', async () => {
    const { sent } = renderQuestion({
      Viewer: asModerator,
      QuestionDetail: detailOf(aQuestion({ answers: [anAnswer()], answerCount: 1 })),
      HidePost: {
        data: {
          hidePost: {
            __typename: 'Question',
            id: 'question-1',
            hiddenReason: 'MODERATOR',
            hiddenNote: 'Contains a licence key',
            answerCount: 1,
          },
        },
      },
      LockQuestion: {
        data: {
          lockQuestion: {
            __typename: 'Question',
            id: 'question-1',
            lockedAt: '2026-03-03T09:00:00.000Z',
          },
        },
      },
      PinQuestion: {
        data: {
          pinQuestion: {
            __typename: 'Question',
            id: 'question-1',
            pinnedAt: '2026-03-03T09:00:00.000Z',
          },
        },
      },
    });

    const actions = await questionActions();
    await userEvent.click(actions.getByRole('button', { name: 'Lock' }));
    await waitFor(() =>
      expect(sent('LockQuestion')[0]?.variables).toEqual({ input: { id: 'question-1' } }),
    );
    await userEvent.click(actions.getByRole('button', { name: 'Pin' }));
    await waitFor(() => expect(sent('PinQuestion')).toHaveLength(1));

    await userEvent.click(actions.getByRole('button', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide this question?' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Note for the author' }),
      'Contains a licence key',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hide' }));
    await waitFor(() =>
      expect(sent('HidePost')[0]?.variables).toEqual({
        input: { target: 'QUESTION', id: 'question-1', note: 'Contains a licence key' },
      }),
    );
    // Answers can be hidden too.
    const answer = screen.getByRole('article', { name: /^Answer by/ });
    expect(within(answer).getByRole('button', { name: 'Hide' })).toBeInTheDocument();
  });

  it('offers members none of these controls', async () => {
    renderQuestion({
      Viewer: asMember,
      QuestionDetail: detailOf(aQuestion({ answers: [anAnswer()] })),
    });
    const actions = await questionActions();
    for (const name of ['Hide', 'Lock', 'Pin', 'Show again', 'Unlock', 'Unpin'])
      expect(actions.queryByRole('button', { name })).toBeNull();
  });

  it('shows the author why the question is hidden', async () => {
    renderQuestion({
      Viewer: { data: { me: aViewer({ id: asker.id }) } },
      QuestionDetail: detailOf(
        aQuestion({ hiddenReason: 'MODERATOR', hiddenNote: 'Contains a licence key' }),
      ),
    });
    expect(
      await screen.findByText('Hidden by a moderator: Contains a licence key'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Only you and the moderators can see this question.'),
    ).toBeInTheDocument();
  });

  it('tells the author, in German too, that a held post waits for review', async () => {
    renderQuestion(
      {
        Viewer: { data: { me: aViewer({ id: customer.id }) } },
        QuestionDetail: detailOf(
          aQuestion({
            answers: [anAnswer({ hiddenReason: 'AWAITING_REVIEW', hiddenNote: 'link rule' })],
          }),
        ),
      },
      'de',
    );
    const answer = await screen.findByRole('article', { name: /^Antwort von/ });
    expect(within(answer).getByText('Wartet auf Prüfung')).toBeInTheDocument();
    // The rule that held it is for moderators, not for the author.
    expect(answer).not.toHaveTextContent('link rule');
  });

  it('shows a locked notice instead of the answer form, and no way to comment', async () => {
    renderQuestion({
      Viewer: asMember,
      QuestionDetail: detailOf(
        aQuestion({ lockedAt: '2026-03-03T09:00:00.000Z', answers: [anAnswer()] }),
      ),
    });
    expect(await screen.findByText('This question is locked')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Answer this question' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a comment' })).not.toBeInTheDocument();
  });

  it('offers moderators Show again, Unlock and Unpin on a hidden, locked, pinned question', async () => {
    const { sent } = renderQuestion({
      Viewer: asModerator,
      QuestionDetail: detailOf(
        aQuestion({
          hiddenReason: 'FLAGGED',
          lockedAt: '2026-03-03T09:00:00.000Z',
          pinnedAt: '2026-03-03T09:00:00.000Z',
        }),
      ),
      UnhidePost: {
        data: {
          unhidePost: {
            __typename: 'Question',
            id: 'question-1',
            hiddenReason: null,
            hiddenNote: null,
            answerCount: 0,
          },
        },
      },
    });
    const actions = await questionActions();
    expect(screen.getByText('Hidden after reports from members')).toBeInTheDocument();
    expect(screen.getByText('Pinned')).toBeInTheDocument();
    expect(actions.getByRole('button', { name: 'Unlock' })).toBeInTheDocument();
    expect(actions.getByRole('button', { name: 'Unpin' })).toBeInTheDocument();
    await userEvent.click(actions.getByRole('button', { name: 'Show again' }));
    await waitFor(() =>
      expect(sent('UnhidePost')[0]?.variables).toEqual({
        input: { target: 'QUESTION', id: 'question-1' },
      }),
    );
  });
});
