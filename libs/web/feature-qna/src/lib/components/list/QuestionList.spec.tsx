import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSearchParams } from 'react-router';
import { renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { aPerson, aQuestionRow, expert, products } from '../../testing/fixtures';
import { QuestionList } from './QuestionList';

function ListRoute() {
  const [search] = useSearchParams();
  return <QuestionList search={search} />;
}

const facets = {
  data: {
    questionFacets: {
      __typename: 'QuestionFacets',
      states: [
        { __typename: 'FacetCount', value: 'solved', count: 3 },
        { __typename: 'FacetCount', value: 'open', count: 2 },
      ],
      products: [{ __typename: 'FacetCount', value: 'product-billing', count: 4 }],
      tags: [
        { __typename: 'FacetCount', value: 'invoices', count: 2 },
        { __typename: 'FacetCount', value: 'pdf', count: 1 },
      ],
    },
  },
};

const row = aQuestionRow;

function page(
  questions: ReturnType<typeof row>[],
  { totalCount = questions.length, endCursor = 'cursor-end', hasNextPage = false } = {},
) {
  return {
    data: {
      questions: {
        __typename: 'QuestionConnection',
        totalCount,
        edges: questions.map((node) => ({
          __typename: 'QuestionEdge',
          cursor: `c-${node.id}`,
          node,
        })),
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
      },
    },
  };
}

const solved = row({
  id: 'question-1',
  state: 'SOLVED',
  answerCount: 2,
  score: 5,
  author: expert,
});
const open = row({
  id: 'question-2',
  slug: 'webhooks-fail-with-401',
  title: 'Webhooks fail with 401 after rotating the secret',
  tags: ['webhooks'],
  answerCount: 0,
  score: 0,
  author: aPerson({ id: 'user-2', displayName: 'Tom Becker' }),
});

function renderList(answers: Answers, path = '/questions') {
  const stub = stubGraphql({ Products: products, QuestionFacets: facets, ...answers });
  renderWithForum(<ListRoute />, { fetch: stub.fetch, path, routePath: '/questions' });
  return stub;
}

describe('QuestionList', () => {
  it('lists questions with votes, answers, tags, product area and who asked', async () => {
    renderList({ Questions: page([solved, open]) });

    const first = await screen.findByTestId('question-question-1');
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(
      'How do I download all invoices as PDF?',
    );
    expect(
      within(first).getByRole('link', { name: 'How do I download all invoices as PDF?' }),
    ).toHaveAttribute('href', '/questions/question-1/how-do-i-download-all-invoices-as-pdf');
    expect(first).toHaveTextContent('5 votes');
    expect(within(first).getByText(/2 answers/)).toHaveClass('forum-question-row__answers--solved');
    expect(first).toHaveTextContent('Solved: 2 answers');
    expect(within(first).getByRole('link', { name: 'pdf' })).toHaveAttribute(
      'href',
      '/questions?tag=pdf',
    );
    expect(first).toHaveTextContent('Billing & Invoices');
    expect(first).toHaveTextContent('Anna Schmidt · Support Engineer, Billing · Staff');
    expect(within(first).getByText(/^active /).tagName).toBe('TIME');

    const second = screen.getByTestId('question-question-2');
    expect(second).toHaveTextContent('0 votes');
    expect(within(second).getByText('0 answers')).not.toHaveClass(
      'forum-question-row__answers--solved',
    );
    expect(second).toHaveTextContent('Tom Becker');
    expect(second).not.toHaveTextContent('Staff');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 questions'));
    expect(screen.getByRole('link', { name: 'Ask a question' })).toHaveAttribute(
      'href',
      '/questions/ask',
    );
  });

  it('marks pinned questions, and the author’s own hidden or held ones', async () => {
    renderList({
      Questions: page([
        row({ id: 'question-1', pinnedAt: '2026-03-03T09:00:00.000Z' }),
        { ...open, hiddenReason: 'MODERATOR' },
        row({ id: 'question-3', hiddenReason: 'AWAITING_REVIEW' }),
      ]),
    });

    const pinned = await screen.findByTestId('question-question-1');
    expect(within(pinned).getByRole('heading', { level: 2 })).toHaveTextContent(
      'PinnedHow do I download all invoices as PDF?',
    );
    expect(screen.getByTestId('question-question-2')).toHaveTextContent('Hidden');
    expect(screen.getByTestId('question-question-3')).toHaveTextContent('Waiting for review');
    expect(screen.getByTestId('question-question-3')).not.toHaveTextContent('Pinned');
  });

  it('offers filters with how many questions each would show', async () => {
    renderList({ Questions: page([solved]) });

    const filters = await screen.findByRole('form', { name: 'Filter questions' });
    await waitFor(() =>
      expect(
        within(filters).getByRole('option', { name: 'Billing & Invoices (4)' }),
      ).toBeInTheDocument(),
    );
    expect(within(filters).getByRole('option', { name: 'Reporting (0)' })).toBeInTheDocument();
    expect(within(filters).getByRole('option', { name: 'Solved (3)' })).toBeInTheDocument();
    expect(within(filters).getByRole('option', { name: 'Open (2)' })).toBeInTheDocument();
    expect(within(filters).getByRole('option', { name: 'Answered (0)' })).toBeInTheDocument();
    expect(within(filters).getByRole('option', { name: 'Unanswered' })).toBeInTheDocument();
    expect(within(filters).getByRole('option', { name: 'invoices (2)' })).toBeInTheDocument();
  });

  it('reads sort order and filters from the address', async () => {
    const { sent } = renderList(
      { Questions: page([solved]) },
      '/questions?sort=top&state=solved&product=billing&tag=pdf',
    );

    await screen.findByTestId('question-question-1');
    const filter = { productId: 'product-billing', tag: 'pdf', states: ['SOLVED'] };
    expect(sent('Questions')[0]?.variables).toEqual({
      filter,
      orderBy: 'TOP',
      first: 20,
      after: null,
    });
    expect(sent('QuestionFacets')[0]?.variables).toEqual({ filter });
    expect(screen.getByRole('link', { name: 'Top' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByLabelText('State')).toHaveValue('solved');
    expect(screen.getByLabelText('Product area')).toHaveValue('billing');
    expect(screen.getByLabelText('Tag')).toHaveValue('pdf');
  });

  it('puts a new filter and order into the address and asks again', async () => {
    const { sent } = renderList({ Questions: page([solved, open]) });
    await screen.findByTestId('question-question-1');

    await userEvent.selectOptions(screen.getByLabelText('State'), 'Unanswered');
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/questions\?state=unanswered$/),
    );
    await userEvent.click(screen.getByRole('link', { name: 'Newest' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        /^\/questions\?sort=newest&state=unanswered$/,
      ),
    );
    await waitFor(() =>
      expect(sent('Questions').at(-1)?.variables).toEqual({
        filter: { unanswered: true },
        orderBy: 'NEWEST',
        first: 20,
        after: null,
      }),
    );
    expect(screen.getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page');
  });

  it('loads the next page with the cursor and appends it', async () => {
    const { sent } = renderList({
      Questions: (variables: Record<string, unknown>) =>
        variables['after']
          ? page([open], { totalCount: 2 })
          : page([solved], { totalCount: 2, endCursor: 'cursor-1', hasNextPage: true }),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Show more questions' }));

    expect(await screen.findByTestId('question-question-2')).toBeInTheDocument();
    expect(screen.getByTestId('question-question-1')).toBeInTheDocument();
    expect(sent('Questions').map((request) => request.variables?.['after'])).toEqual([
      null,
      'cursor-1',
    ]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Show more questions' })).not.toBeInTheDocument(),
    );
  });

  it('says when no question matches and offers all questions', async () => {
    renderList({ Questions: page([]) }, '/questions?tag=nothing');

    expect(await screen.findByText(/No question matches these filters\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show all questions' })).toHaveAttribute(
      'href',
      '/questions',
    );
  });

  it('speaks German', async () => {
    renderWithForum(<ListRoute />, {
      fetch: stubGraphql({ Products: products, QuestionFacets: facets, Questions: page([solved]) })
        .fetch,
      path: '/questions',
      language: 'de',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Fragen' })).toBeInTheDocument();
    const question = await screen.findByTestId('question-question-1');
    expect(question).toHaveTextContent('5 Stimmen');
    expect(question).toHaveTextContent('Gelöst: 2 Antworten');
    await waitFor(() => expect(document.title).toBe('Fragen · Kunden-Community'));
  });
});
