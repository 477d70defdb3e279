import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { renderWithForum, stubGraphql, unsafeParts, XSS_PAYLOADS } from '@forum/web/testing';
import { anAnswer, aPerson, aQuestion, aViewer, detailOf } from '../../testing/fixtures';
import { HiddenNotice } from './HiddenNotice';
import { QuestionPage } from './QuestionPage';

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

const REASONS = ['MODERATOR', 'FLAGGED', 'AWAITING_REVIEW'] as const;
const TITLES = {
  MODERATOR: 'Hidden by a moderator',
  FLAGGED: 'Hidden after reports from members',
  AWAITING_REVIEW: 'Waiting for review',
};
const reasonOf = (index: number) => REASONS[index % REASONS.length] ?? 'MODERATOR';

const asAdmin = { data: { me: aViewer({ id: 'user-admin', role: 'ADMIN', isStaff: true }) } };

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

afterEach(() => {
  expect(alert).not.toHaveBeenCalled();
  document.head.querySelectorAll('[data-forum-seo]').forEach((element) => element.remove());
});

describe('hidden posts, linked ideas and cross-site scripting', () => {
  it('shows every payload as text in the hidden notes of answers and in linked idea titles', async () => {
    const { fetch } = stubGraphql({
      Viewer: asAdmin,
      QuestionDetail: detailOf(
        aQuestion({
          hiddenReason: 'MODERATOR',
          hiddenNote: XSS_PAYLOADS[0],
          answerCount: XSS_PAYLOADS.length,
          answers: XSS_PAYLOADS.map((payload, index) =>
            anAnswer({
              id: `answer-${index}`,
              body: `Answer ${index}`,
              author: aPerson({ id: `user-${index}`, displayName: `Author ${index}` }),
              hiddenReason: reasonOf(index),
              hiddenNote: payload,
            }),
          ),
          linkedIdeas: XSS_PAYLOADS.map((payload, index) => ({
            __typename: 'Idea',
            id: `idea-${index}`,
            title: payload,
            status: 'PLANNED',
          })),
        }),
      ),
    });

    const { container } = renderWithForum(<QuestionRoute />, {
      fetch,
      path: `/questions/question-1/${aQuestion().slug}`,
      routePath: '/questions/:id/:slug?',
    });
    await screen.findByRole('article', { name: /Author 0/ });

    expect(unsafeParts(container)).toEqual([]);
    XSS_PAYLOADS.forEach((payload, index) => {
      const answer = screen.getByRole('article', { name: new RegExp(`Author ${index}$`) });
      const reason = reasonOf(index);
      // A held post says only that it waits; the rule's note is for moderators in the queue.
      expect(answer.querySelector('.forum-alert__title')?.textContent).toBe(
        reason === 'AWAITING_REVIEW' ? TITLES[reason] : `${TITLES[reason]}: ${payload}`,
      );
    });
    const ideas = screen.getByRole('complementary', {
      name: 'Feature ideas this question asks for',
    });
    const links = within(ideas).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([...XSS_PAYLOADS]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      XSS_PAYLOADS.map((_payload, index) => `/ideas/idea-${index}`),
    );
    // Staff also read the title in the hidden part of each "Remove link" button.
    expect(
      within(ideas)
        .getAllByRole('button', { name: /^Remove link/ })
        .map((button) => button.querySelector('.forum-visually-hidden')?.textContent),
    ).toEqual(XSS_PAYLOADS.map((payload) => ` ${payload}`));
  });

  it('shows every payload as text in the notice on a hidden question', async () => {
    const { fetch } = stubGraphql();
    const { container } = renderWithForum(
      <ul>
        {XSS_PAYLOADS.map((payload, index) => (
          <li key={index} data-testid={`notice-${index}`}>
            <HiddenNotice reason={reasonOf(index)} note={payload} post="question" />
          </li>
        ))}
      </ul>,
      { fetch, path: '/' },
    );

    await screen.findAllByText('Only you and the moderators can see this question.');
    expect(unsafeParts(container)).toEqual([]);
    XSS_PAYLOADS.forEach((payload, index) => {
      const reason = reasonOf(index);
      expect(
        screen.getByTestId(`notice-${index}`).querySelector('.forum-alert__title')?.textContent,
      ).toBe(reason === 'AWAITING_REVIEW' ? TITLES[reason] : `${TITLES[reason]}: ${payload}`);
    });
  });

  it('shows every payload as text among the ideas offered to link the question to', async () => {
    const user = userEvent.setup();
    const { fetch } = stubGraphql({
      Viewer: asAdmin,
      QuestionDetail: detailOf(aQuestion()),
      QuestionIdeaSearch: {
        data: {
          search: {
            __typename: 'SearchResults',
            hits: XSS_PAYLOADS.map((payload, index) => ({
              __typename: 'SearchHit',
              idea: { __typename: 'Idea', id: `idea-${index}`, title: payload, status: 'PLANNED' },
            })),
          },
        },
      },
    });
    const { container } = renderWithForum(<QuestionRoute />, {
      fetch,
      path: `/questions/question-1/${aQuestion().slug}`,
      routePath: '/questions/:id/:slug?',
    });
    const ideas = await screen.findByRole('complementary', {
      name: 'Feature ideas this question asks for',
    });

    await user.type(within(ideas).getByRole('searchbox', { name: 'Find the idea' }), 'x{Enter}');
    const choices = await within(ideas).findByRole('group', { name: 'Choose the idea' });

    expect(unsafeParts(container)).toEqual([]);
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([...XSS_PAYLOADS]);
  });
});
