import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { SolvedCheck } from './SolvedCheck';

const questionId = '11111111-1111-4111-8111-111111111111';
const first = '22222222-2222-4222-8222-222222222222';
const second = '33333333-3333-4333-8333-333333333333';

function check(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SolvedCheck',
    questionId,
    questionTitle: 'Invoices stop at the header row',
    questionSlug: 'invoices-stop-at-the-header-row',
    step: 1,
    closed: false,
    acceptedAnswerId: null,
    response: null,
    answers: [
      {
        __typename: 'SolvedCheckAnswer',
        id: first,
        authorName: 'Tom Becker',
        excerpt: 'Export the invoice again.',
      },
      {
        __typename: 'SolvedCheckAnswer',
        id: second,
        authorName: null,
        excerpt: 'Clear the cache.',
      },
    ],
    ...overrides,
  };
}

const responded = (overrides: Record<string, unknown>) => ({
  data: { respondToSolvedCheck: check(overrides) },
});

describe('SolvedCheck', () => {
  it('shows the question and its answers, and accepts the chosen one on a click', async () => {
    const { fetch, sent } = stubGraphql({
      SolvedCheck: { data: { solvedCheck: check() } },
      RespondToSolvedCheck: responded({ acceptedAnswerId: second, response: 'ACCEPTED' }),
    });

    renderWithForum(<SolvedCheck token="t.sig" />, { fetch, path: '/solved' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Is your question solved?' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Did one of these answers solve “Invoices stop at the header row”\?/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Answer by Tom Becker' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Answer by a former member' })).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Yes, the answer by a former member solved it' }),
    );

    expect(await screen.findByText(/Thanks — marked as solved\./)).toBeInTheDocument();
    expect(sent('RespondToSolvedCheck').map((request) => request.variables)).toEqual([
      { input: { token: 't.sig', action: 'ACCEPT', answerId: second } },
    ]);
    const status = screen.getByText(/Thanks — marked as solved\./);
    expect(within(status).getByRole('link', { name: 'Open the question' })).toHaveAttribute(
      'href',
      `/questions/${questionId}/invoices-stop-at-the-header-row`,
    );
    expect(screen.getByText('Marked as the solution')).toBeInTheDocument();
  });

  it('performs the choice of an e-mail link once, right after loading', async () => {
    const { fetch, sent } = stubGraphql({
      SolvedCheck: { data: { solvedCheck: check() } },
      RespondToSolvedCheck: responded({ acceptedAnswerId: first, response: 'ACCEPTED' }),
    });

    renderWithForum(<SolvedCheck token="t.sig" action="accept" answerId={first} />, {
      fetch,
      path: '/solved',
    });

    expect(await screen.findByText(/Thanks — marked as solved\./)).toBeInTheDocument();
    expect(sent('RespondToSolvedCheck').map((request) => request.variables)).toEqual([
      { input: { token: 't.sig', action: 'ACCEPT', answerId: first } },
    ]);
  });

  it('says "still not solved" from a link, in German', async () => {
    const { fetch, sent } = stubGraphql({
      SolvedCheck: { data: { solvedCheck: check() } },
      RespondToSolvedCheck: responded({ response: 'NOT_SOLVED' }),
    });

    renderWithForum(<SolvedCheck token="t.sig" action="not_solved" />, {
      fetch,
      path: '/solved',
      language: 'de',
    });

    expect(
      await screen.findByText(/Danke — unsere Fachleute sehen sich Ihre Frage noch einmal an\./),
    ).toBeInTheDocument();
    expect(sent('RespondToSolvedCheck')[0]?.variables).toEqual({
      input: { token: 't.sig', action: 'NOT_SOLVED', answerId: null },
    });
    expect(
      screen.getByRole('button', { name: 'Ja, die Antwort von Tom Becker hat es gelöst' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Immer noch nicht gelöst' })).toBeInTheDocument();
  });

  it('stops the reminders on request', async () => {
    const { fetch, sent } = stubGraphql({
      SolvedCheck: { data: { solvedCheck: check() } },
      RespondToSolvedCheck: responded({ response: 'STOPPED' }),
    });

    renderWithForum(<SolvedCheck token="t.sig" />, { fetch, path: '/solved' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stop asking about this question' }),
    );

    expect(
      await screen.findByText(/Done — we will not ask about this question again\./),
    ).toBeInTheDocument();
    expect(sent('RespondToSolvedCheck')[0]?.variables).toEqual({
      input: { token: 't.sig', action: 'STOP', answerId: null },
    });
  });

  it.each([
    ['TOKEN_INVALID', 'This link is not valid.'],
    ['TOKEN_EXPIRED', 'This link has expired. Open the question to mark the solution there.'],
  ])('shows a clear page for %s and offers no buttons', async (reason, text) => {
    const { fetch, sent } = stubGraphql({ SolvedCheck: graphqlError(reason) });

    renderWithForum(<SolvedCheck token="bad" action="accept" answerId={first} />, {
      fetch,
      path: '/solved',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(sent('RespondToSolvedCheck')).toHaveLength(0);
  });

  it('tells when the chosen answer is gone and keeps the other choices', async () => {
    const { fetch } = stubGraphql({
      SolvedCheck: { data: { solvedCheck: check() } },
      RespondToSolvedCheck: graphqlError('ANSWER_NOT_FOUND', { code: 'NOT_FOUND' }),
    });

    renderWithForum(<SolvedCheck token="t.sig" action="accept" answerId="gone" />, {
      fetch,
      path: '/solved',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That answer is no longer available. Please choose another one.',
    );
    expect(screen.getByRole('button', { name: 'Still not solved' })).toBeInTheDocument();
  });

  it('asks nothing of the API without a token', () => {
    const { fetch, requests } = stubGraphql();

    renderWithForum(<SolvedCheck />, { fetch, path: '/solved' });

    expect(screen.getByText(/needs the link from your e-mail/)).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName?.includes('SolvedCheck'))).toHaveLength(0);
  });
});
