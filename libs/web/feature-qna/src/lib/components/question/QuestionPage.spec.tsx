import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import {
  deferred,
  graphqlError,
  renderWithForum,
  stubGraphql,
  type Answers,
} from '@forum/web/testing';
import {
  aComment,
  anAnswer,
  aPerson,
  aQuestion,
  asker,
  aViewer,
  customer,
  detailOf,
  expert,
} from '../../testing/fixtures';
import { QuestionPage } from './QuestionPage';

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

const slug = aQuestion().slug;

function renderQuestion(
  answers: Answers,
  {
    language = 'en',
    path = `/questions/question-1/${slug}`,
  }: { language?: 'en' | 'de'; path?: string } = {},
) {
  const stub = stubGraphql(answers);
  const view = renderWithForum(<QuestionRoute />, {
    fetch: stub.fetch,
    language,
    path,
    routePath: '/questions/:id/:slug?',
  });
  return { ...stub, ...view };
}

const signedInAs = (overrides: Parameters<typeof aViewer>[0]) => ({
  data: { me: aViewer(overrides) },
});

const solvedByExpert = aQuestion({
  state: 'SOLVED',
  answerCount: 2,
  acceptedAnswerId: 'answer-expert',
  acceptedBy: expert,
  acceptedAt: '2026-03-02T09:00:00.000Z',
  // Not the API's order, to show the page keeps the solution on top whatever it gets.
  answers: [
    anAnswer({ id: 'answer-customer', score: 5, author: customer, body: 'Try the API instead.' }),
    anAnswer({
      id: 'answer-expert',
      score: 3,
      author: expert,
      body: 'Choose **Download as ZIP** under Billing.',
      confirmations: { __typename: 'Confirmations', people: 3, organisations: 2 },
    }),
  ],
});

const answerCards = () => screen.getAllByRole('article', { name: /^Answer by/ });

/** The n-th of some elements, failing the test when there are fewer. */
function nth(elements: HTMLElement[], index: number): HTMLElement {
  const element = elements[index];
  if (!element) throw new Error(`There is no element ${index}; there are ${elements.length}.`);
  return element;
}

afterEach(() => {
  document.head.querySelectorAll('[data-forum-seo]').forEach((element) => element.remove());
});

describe('QuestionPage', () => {
  it('shows the question with its solution first, verified by staff', async () => {
    renderQuestion({ QuestionDetail: detailOf(solvedByExpert) });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'How do I download all invoices as PDF?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Solved')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Billing & Invoices' })).toHaveAttribute(
      'href',
      '/questions?product=billing',
    );
    expect(screen.getByRole('link', { name: 'bulk export' })).toHaveAttribute(
      'href',
      'https://example.com/docs',
    );
    expect(screen.getByRole('heading', { level: 2, name: '2 answers' })).toBeInTheDocument();

    const [first, second] = answerCards();
    expect(first).toHaveAccessibleName('Answer by Anna Schmidt');
    expect(first).toHaveTextContent('Verified by Anna Schmidt, Support Engineer, Billing');
    expect(first).toHaveTextContent('Anna Schmidt · Support Engineer, Billing · Staff');
    expect(second).toHaveAccessibleName('Answer by Emily Carter');
    expect(second).not.toHaveTextContent(/Verified|Accepted/);
  });

  it('shows the panel the app passes in under the title', async () => {
    const stub = stubGraphql({ QuestionDetail: detailOf(solvedByExpert) });
    renderWithForum(
      <QuestionPage
        id="question-1"
        slug={slug}
        deskPanel={<section aria-label="Support desk">Desk panel</section>}
      />,
      { fetch: stub.fetch },
    );
    const question = await screen.findByRole('article', {
      name: 'How do I download all invoices as PDF?',
    });
    expect(within(question).getByRole('region', { name: 'Support desk' })).toBeInTheDocument();
  });

  it('shows authors with their reputation and badges, linking to their profile', async () => {
    renderQuestion({ QuestionDetail: detailOf(solvedByExpert) }, { language: 'de' });

    const [first] = await screen.findAllByRole('article', { name: /^Antwort von/ });
    expect(within(first!).getByText('1.234 Reputation, 1 × Gold, 1 × Bronze')).toHaveClass(
      'forum-visually-hidden',
    );
    expect(within(first!).getByRole('link', { name: /Anna Schmidt/ })).toHaveAttribute(
      'href',
      '/users/user-expert',
    );
  });

  it('says so when the asker accepted the solution', async () => {
    renderQuestion({
      QuestionDetail: detailOf(
        aQuestion({
          state: 'SOLVED',
          acceptedAnswerId: 'answer-1',
          acceptedBy: asker,
          answers: [anAnswer()],
        }),
      ),
    });

    const [answer] = await screen.findAllByRole('article', { name: /^Answer by/ });
    expect(answer).toHaveTextContent('Accepted by the asker');
    expect(answer).not.toHaveTextContent('Verified');
  });

  it('shows visitors the posts without any controls, and a way to sign in and answer', async () => {
    renderQuestion({
      QuestionDetail: detailOf({ ...solvedByExpert, comments: [aComment()] }),
    });

    await screen.findAllByRole('article', { name: /^Answer by/ });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'History' })).toHaveLength(3);
    expect(screen.getAllByTestId('vote-score').map((score) => score.textContent)).toEqual([
      '2',
      '3',
      '5',
    ]);
    expect(screen.queryByRole('form', { name: 'Answer this question' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to answer' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent(`/questions/question-1/${slug}`)}`,
    );
  });

  it('lets a member vote, comment, answer and confirm, but not change other people’s posts', async () => {
    renderQuestion({
      Viewer: signedInAs({ id: 'user-member' }),
      QuestionDetail: detailOf(solvedByExpert),
    });

    const question = await screen.findByRole('article', { name: /How do I download/ });
    const questionActions = within(question).getByRole('list', {
      name: 'Actions for the question',
    });
    // History, and flagging someone else's question.
    expect(
      within(questionActions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['History', 'Flag']);
    expect(
      within(question).getByRole('button', { name: 'Flag this question' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Useful' })).toHaveLength(3);
    const accepted = nth(answerCards(), 0);
    expect(within(accepted).queryByRole('button', { name: 'Withdraw acceptance' })).toBeNull();
    expect(within(accepted).getByRole('button', { name: 'Worked for me too' })).toBeInTheDocument();
    expect(within(accepted).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Add a comment' })).toHaveLength(3);
    expect(screen.getByRole('form', { name: 'Answer this question' })).toBeInTheDocument();
  });

  it('lets the asker edit and delete the question and accept answers, but not vote on it', async () => {
    renderQuestion({
      Viewer: signedInAs({ id: asker.id }),
      QuestionDetail: detailOf(aQuestion({ answerCount: 1, answers: [anAnswer()] })),
    });

    const question = await screen.findByRole('article', { name: /How do I download/ });
    const actions = within(question).getByRole('list', { name: 'Actions for the question' });
    expect(within(actions).getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/questions/question-1/edit',
    );
    expect(within(actions).getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Close' })).toBeNull();
    const votes = screen.getAllByRole('group', { name: 'Votes' });
    expect(within(nth(votes, 0)).queryByRole('button')).toBeNull();
    expect(within(nth(votes, 1)).getByRole('button', { name: 'Useful' })).toBeInTheDocument();
    const answer = nth(answerCards(), 0);
    expect(within(answer).getByRole('button', { name: 'Accept as solution' })).toBeInTheDocument();
    expect(within(answer).queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('lets experts edit any post, close the question and verify a solution, but not delete', async () => {
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-other-expert', role: 'EXPERT', isStaff: true }),
      QuestionDetail: detailOf(aQuestion({ answerCount: 1, answers: [anAnswer()] })),
      AcceptAnswer: {
        data: {
          acceptAnswer: {
            __typename: 'Question',
            id: 'question-1',
            state: 'SOLVED',
            acceptedAnswerId: 'answer-1',
          },
        },
      },
    });

    const question = await screen.findByRole('article', { name: /How do I download/ });
    const actions = within(question).getByRole('list', { name: 'Actions for the question' });
    expect(within(actions).getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Delete' })).toBeNull();
    const answer = nth(answerCards(), 0);
    expect(within(answer).getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/questions/question-1/answers/answer-1/edit',
    );
    expect(within(answer).queryByRole('button', { name: 'Delete' })).toBeNull();

    await userEvent.click(within(answer).getByRole('button', { name: 'Accept as solution' }));
    await waitFor(() => expect(sent('AcceptAnswer')).toHaveLength(1));
    expect(sent('AcceptAnswer')[0]?.variables).toEqual({ input: { answerId: 'answer-1' } });
  });

  it('lets moderators delete any post and restore a deleted question', async () => {
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-moderator', role: 'MODERATOR', isStaff: true }),
      QuestionDetail: detailOf(aQuestion({ isDeleted: true, answers: [anAnswer()] })),
      RestoreQuestion: {
        data: { restoreQuestion: { __typename: 'Question', id: 'question-1', isDeleted: false } },
      },
    });

    expect(
      await screen.findByText('This question is deleted. Only moderators can see it.'),
    ).toBeInTheDocument();
    // A deleted question takes no votes, answers or comments until it is back.
    expect(screen.queryByRole('button', { name: 'Useful' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Answer this question' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(sent('RestoreQuestion')).toHaveLength(1));
    expect(await screen.findByText('The question has been restored.')).toBeInTheDocument();
  });

  it('counts a vote at once and takes it back when the API refuses it', async () => {
    const answer = deferred<unknown>();
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-member' }),
      QuestionDetail: detailOf(aQuestion({ score: 2 })),
      Vote: () => answer.promise,
    });
    const votes = await screen.findByRole('group', { name: 'Votes' });
    const up = within(votes).getByRole('button', { name: 'Useful' });

    await userEvent.click(up);

    expect(within(votes).getByTestId('vote-score')).toHaveTextContent('3');
    expect(up).toHaveAttribute('aria-pressed', 'true');
    expect(up).toBeDisabled();
    expect(sent('Vote')[0]?.variables).toEqual({
      input: { target: 'QUESTION', id: 'question-1', direction: 'UP' },
    });

    answer.resolve(graphqlError('ACCESS_DENIED', { code: 'FORBIDDEN' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do that.');
    expect(within(votes).getByTestId('vote-score')).toHaveTextContent('2');
    expect(up).toHaveAttribute('aria-pressed', 'false');
    expect(up).toBeEnabled();
  });

  it('keeps a vote the API counted, with the API’s score', async () => {
    renderQuestion({
      Viewer: signedInAs({ id: 'user-member' }),
      QuestionDetail: detailOf(aQuestion({ score: 2, viewerVote: 1 })),
      Vote: (variables: Record<string, unknown>) => ({
        data: {
          vote: {
            __typename: 'VotePayload',
            id: 'question-1',
            // Someone else voted meanwhile: the API's number wins.
            score: (variables['input'] as { direction: string }).direction === 'DOWN' ? 0 : 9,
          },
        },
      }),
    });
    const votes = await screen.findByRole('group', { name: 'Votes' });
    expect(within(votes).getByRole('button', { name: 'Useful' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(within(votes).getByRole('button', { name: 'Not useful' }));

    await waitFor(() => expect(within(votes).getByTestId('vote-score')).toHaveTextContent('0'));
    expect(within(votes).getByRole('button', { name: 'Not useful' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(votes).getByRole('button', { name: 'Useful' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it.each([
    ['en', 1, 1, 'Solved it for 1 person at 1 company'],
    ['en', 3, 2, 'Solved it for 3 people at 2 companies'],
    ['en', 2, 0, 'Solved it for 2 people'],
    ['de', 1, 1, 'Hat 1 Person in 1 Unternehmen geholfen'],
    ['de', 3, 2, 'Hat 3 Personen in 2 Unternehmen geholfen'],
    ['de', 2, 0, 'Hat 2 Personen geholfen'],
  ] as const)(
    'says in %s how many it helped (%i people, %i companies)',
    async (language, people, organisations, text) => {
      renderQuestion(
        {
          QuestionDetail: detailOf(
            aQuestion({
              answers: [
                anAnswer({ confirmations: { __typename: 'Confirmations', people, organisations } }),
              ],
            }),
          ),
        },
        { language },
      );

      expect(await screen.findByText(text)).toBeInTheDocument();
    },
  );

  it('says "worked for me too" and asks for the new counts', async () => {
    let confirmed = false;
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-member' }),
      QuestionDetail: () =>
        detailOf(
          aQuestion({
            answers: [
              anAnswer({
                viewerConfirmed: confirmed,
                confirmations: {
                  __typename: 'Confirmations',
                  people: confirmed ? 1 : 0,
                  organisations: confirmed ? 1 : 0,
                },
              }),
            ],
          }),
        ),
      ConfirmAnswer: () => {
        confirmed = true;
        return { data: { confirmAnswer: true } };
      },
    });

    const button = await screen.findByRole('button', { name: 'Worked for me too' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);

    expect(await screen.findByText('Solved it for 1 person at 1 company')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Worked for me too' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(sent('ConfirmAnswer')[0]?.variables).toEqual({ input: { answerId: 'answer-1' } });
  });

  it('describes the page to search engines, and takes it back when the page goes', async () => {
    const { unmount } = renderQuestion({
      QuestionDetail: detailOf({
        ...solvedByExpert,
        body: `Our accountant needs **every** invoice from 2025, one by one is far too slow. ${'We have hundreds of customers and each gets a monthly invoice. '.repeat(3)}`,
      }),
    });
    await screen.findAllByRole('article', { name: /^Answer by/ });

    await waitFor(() =>
      expect(document.title).toBe('How do I download all invoices as PDF? · Customer Community'),
    );
    const description = document.head.querySelector('meta[name="description"]');
    expect(description?.getAttribute('content')).toMatch(
      /^Our accountant needs every invoice from 2025, one by one is far too slow\. We have/,
    );
    expect(description?.getAttribute('content')?.length).toBeLessThanOrEqual(155);
    expect(description?.getAttribute('content')).toMatch(/…$/);
    const canonical = `http://localhost/questions/question-1/${slug}`;
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', canonical);

    const script = document.head.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: 'How do I download all invoices as PDF?',
        text: expect.stringMatching(/^Our accountant needs every invoice from 2025/),
        answerCount: 2,
        upvoteCount: 2,
        dateCreated: '2026-03-01T09:00:00.000Z',
        author: { '@type': 'Person', name: 'Jana Hoffmann' },
        acceptedAnswer: {
          '@type': 'Answer',
          text: 'Choose Download as ZIP under Billing.',
          upvoteCount: 3,
          dateCreated: '2026-03-01T12:00:00.000Z',
          url: `${canonical}#answer-answer-expert`,
          author: { '@type': 'Person', name: 'Anna Schmidt' },
        },
        suggestedAnswer: [
          {
            '@type': 'Answer',
            text: 'Try the API instead.',
            upvoteCount: 5,
            dateCreated: '2026-03-01T12:00:00.000Z',
            url: `${canonical}#answer-answer-customer`,
            author: { '@type': 'Person', name: 'Emily Carter' },
          },
        ],
      },
    });

    unmount();

    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull();
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.head.querySelector('meta[name="description"]')).toBeNull();
  });

  it('gives an existing page description its text back when the question goes', async () => {
    const meta = document.createElement('meta');
    meta.name = 'description';
    meta.content = 'Ask questions and find solutions.';
    document.head.append(meta);
    const { unmount } = renderQuestion({ QuestionDetail: detailOf(aQuestion()) });
    await waitFor(() => expect(meta.content).toMatch(/^Our accountant/));

    unmount();

    expect(meta.content).toBe('Ask questions and find solutions.');
    meta.remove();
  });

  it.each([
    ['an outdated slug', '/questions/question-1/how-to-get-invoices?ref=mail#answer-1'],
    ['no slug', '/questions/question-1?ref=mail#answer-1'],
  ])('moves from %s to the question’s own address', async (_case, path) => {
    renderQuestion({ QuestionDetail: detailOf(aQuestion()) }, { path });

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        `/questions/question-1/${slug}?ref=mail#answer-1`,
      ),
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'How do I download all invoices as PDF?',
    );
  });

  it('says when there is no such question', async () => {
    const { sent } = renderQuestion({ QuestionDetail: detailOf(null) });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that question' }),
    ).toBeInTheDocument();
    expect(sent('RecordQuestionView')).toHaveLength(0);
  });

  it('counts one view per page view', async () => {
    const { sent } = renderQuestion({ QuestionDetail: detailOf(aQuestion()) });

    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(sent('RecordQuestionView')).toHaveLength(1));
    expect(sent('RecordQuestionView')[0]?.variables).toEqual({
      input: { questionId: 'question-1' },
    });
  });

  it('posts an answer of the right length and shows it', async () => {
    let answers: ReturnType<typeof anAnswer>[] = [];
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-member', displayName: 'Max Member' }),
      QuestionDetail: () => detailOf(aQuestion({ answers })),
      PostAnswer: (variables: Record<string, unknown>) => {
        const { body } = variables['input'] as { body: string };
        answers = [
          anAnswer({
            id: 'answer-new',
            body,
            author: aPerson({ id: 'user-member', displayName: 'Max Member' }),
          }),
        ];
        return {
          data: {
            postAnswer: { __typename: 'Answer', id: 'answer-new', questionId: 'question-1' },
          },
        };
      },
    });
    const form = await screen.findByRole('form', { name: 'Answer this question' });

    await userEvent.type(within(form).getByLabelText('Your answer'), 'Too short');
    await userEvent.click(within(form).getByRole('button', { name: 'Post your answer' }));
    expect(within(form).getByLabelText('Your answer')).toHaveAccessibleDescription(
      /Please use 20 to 30,000 characters\./,
    );
    expect(sent('PostAnswer')).toHaveLength(0);

    await userEvent.type(within(form).getByLabelText('Your answer'), ': use the ZIP download.');
    await userEvent.click(within(form).getByRole('tab', { name: 'Preview' }));
    expect(within(form).getByRole('tabpanel')).toHaveTextContent(
      'Too short: use the ZIP download.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Post your answer' }));

    expect(await screen.findByRole('article', { name: 'Answer by Max Member' })).toHaveTextContent(
      'Too short: use the ZIP download.',
    );
    expect(sent('PostAnswer')[0]?.variables).toEqual({
      input: { questionId: 'question-1', body: 'Too short: use the ZIP download.' },
    });
    expect(within(form).getByRole('status')).toHaveTextContent(
      'Thank you, your answer has been posted.',
    );
  });

  it('shows comments as plain text with links, and adds one', async () => {
    let comments = [aComment({ body: 'See https://example.com/help. <b>Not bold</b>' })];
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-member', displayName: 'Max Member' }),
      QuestionDetail: () => detailOf(aQuestion({ comments })),
      AddComment: (variables: Record<string, unknown>) => {
        const { body } = variables['input'] as { body: string };
        comments = [
          ...comments,
          aComment({
            id: 'comment-2',
            body,
            author: aPerson({ id: 'user-member', displayName: 'Max Member' }),
          }),
        ];
        return { data: { addComment: { __typename: 'Comment', id: 'comment-2' } } };
      },
    });

    const comment = await screen.findByTestId('comment-comment-1');
    expect(within(comment).getByRole('link', { name: 'https://example.com/help' })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
    expect(comment).toHaveTextContent('<b>Not bold</b>');
    expect(comment.querySelector('b')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Add a comment' }));
    await userEvent.type(screen.getByLabelText('Comment'), 'Works for me as well.');
    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }));

    expect(await screen.findByTestId('comment-comment-2')).toHaveTextContent(
      'Works for me as well.',
    );
    expect(sent('AddComment')[0]?.variables).toEqual({
      input: { questionId: 'question-1', body: 'Works for me as well.' },
    });
  });

  it('closes a question as a duplicate of another one', async () => {
    const { sent } = renderQuestion({
      Viewer: signedInAs({ id: 'user-other-expert', role: 'EXPERT', isStaff: true }),
      QuestionDetail: detailOf(aQuestion()),
      CloseQuestion: graphqlError('INVALID_DUPLICATE'),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    const dialog = screen.getByRole('dialog', { name: 'Close this question' });
    await userEvent.type(
      within(dialog).getByLabelText('Original question'),
      'https://forum.example/questions/question-9/how-to-export',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close question' }));

    expect(
      await within(dialog).findByText(
        'That question cannot be the original: choose another, open question.',
      ),
    ).toBeInTheDocument();
    expect(sent('CloseQuestion')[0]?.variables).toEqual({
      input: { id: 'question-1', reason: 'DUPLICATE', duplicateOfId: 'question-9' },
    });
  });

  it('tells readers of a duplicate where the answer is', async () => {
    renderQuestion({
      QuestionDetail: detailOf(
        aQuestion({
          state: 'CLOSED',
          closeReason: 'DUPLICATE',
          duplicateOf: {
            __typename: 'Question',
            id: 'question-9',
            slug: 'export-invoices',
            title: 'Export all invoices at once',
          },
        }),
      ),
    });

    expect(await screen.findByText('Closed as Duplicate')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export all invoices at once' })).toHaveAttribute(
      'href',
      '/questions/question-9/export-invoices',
    );
  });
});
