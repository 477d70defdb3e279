import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import {
  aProfile,
  aProfileAnswer,
  aProfileQuestion,
  history,
  profileAnswers,
  profileQuestions,
} from '../testing/fixtures';
import { UserProfile } from './UserProfile';

function renderProfile(
  answers: Record<string, unknown>,
  { path = '/users/user-emily', language = 'en' as 'en' | 'de' } = {},
) {
  const stub = stubGraphql({
    UserProfile: { data: { user: aProfile() } },
    ReputationHistory: history,
    ...answers,
  });
  renderWithForum(<UserProfile id="user-emily" />, {
    fetch: stub.fetch,
    language,
    path,
    routePath: '/users/:id',
  });
  return stub;
}

describe('UserProfile questions and answers', () => {
  it('lists the person’s questions with their state, and loads more', async () => {
    const stub = renderProfile({
      ProfileQuestions: (variables: Record<string, unknown>) =>
        variables['after'] === 'cursor-1'
          ? profileQuestions([
              aProfileQuestion({ id: 'question-3', title: 'Older', state: 'CLOSED' }),
            ])
          : profileQuestions(
              [
                aProfileQuestion({ state: 'SOLVED', answerCount: 2 }),
                aProfileQuestion({
                  id: 'question-2',
                  title: 'Mine, hidden',
                  hiddenReason: 'MODERATOR',
                }),
              ],
              'cursor-1',
            ),
    });

    const tab = await screen.findByRole('tab', { name: 'Questions' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Questions' });
    const first = await within(panel).findByRole('link', {
      name: 'How do I download all invoices as PDF?',
    });
    expect(first).toHaveAttribute(
      'href',
      '/questions/question-1/how-do-i-download-all-invoices-as-pdf',
    );
    const items = () => within(panel).getAllByRole('listitem');
    expect(items()[0]).toHaveTextContent(/Solved.*2 answers/);
    expect(items()[1]).toHaveTextContent(/Open.*Hidden/);

    await userEvent.click(within(panel).getByRole('button', { name: 'Show more' }));
    expect(await within(panel).findByRole('link', { name: 'Older' })).toBeVisible();
    expect(items().at(-1)).toHaveTextContent(/Closed/);
    expect(within(panel).queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(stub.sent('ProfileQuestions').map((request) => request.variables)).toEqual([
      { authorId: 'user-emily', after: null },
      { authorId: 'user-emily', after: 'cursor-1' },
    ]);
  });

  it('opens on the answers from the address, with acceptance and the question’s state', async () => {
    renderProfile(
      {
        ProfileAnswers: profileAnswers([
          aProfileAnswer({ isAccepted: true, question: aProfileQuestion({ state: 'SOLVED' }) }),
        ]),
      },
      { path: '/users/user-emily?tab=answers' },
    );

    expect(await screen.findByRole('tab', { name: 'Answers' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const panel = screen.getByRole('tabpanel', { name: 'Answers' });
    const link = await within(panel).findByRole('link', {
      name: 'How do I download all invoices as PDF?',
    });
    expect(link).toHaveAttribute(
      'href',
      '/questions/question-1/how-do-i-download-all-invoices-as-pdf#answer-answer-1',
    );
    expect(within(panel).getByRole('listitem')).toHaveTextContent(/Accepted solution.*Solved/);
  });

  it('switches tabs with arrow keys and says when there is nothing, in German too', async () => {
    renderProfile(
      { ProfileQuestions: profileQuestions([]), ProfileAnswers: profileAnswers([]) },
      { language: 'de' },
    );

    const questions = await screen.findByRole('tab', { name: 'Fragen' });
    expect(await screen.findByText('Noch keine Fragen.')).toBeVisible();
    questions.focus();
    await userEvent.keyboard('{ArrowRight}');

    const answers = screen.getByRole('tab', { name: 'Antworten' });
    expect(answers).toHaveAttribute('aria-selected', 'true');
    expect(answers).toHaveFocus();
    expect(questions).toHaveAttribute('tabindex', '-1');
    expect(await screen.findByText('Noch keine Antworten.')).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    expect(questions).toHaveAttribute('aria-selected', 'true');
  });
});
