import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSearchParams } from 'react-router';
import { renderWithForum, stubGraphql, XSS_PAYLOADS, type Answers } from '@forum/web/testing';
import {
  aSearchHit,
  anIdeaHit,
  products,
  searchResults,
  searchUnavailable,
} from '../../testing/fixtures';
import { QuestionSearch } from './QuestionSearch';

/** The page as the app's route shows it: its state comes from the address. */
function SearchRoute() {
  const [params] = useSearchParams();
  return <QuestionSearch search={params} />;
}

const solvedHit = aSearchHit(
  'How do I [download] all invoices as PDF?',
  'Open Billing and choose [Download] as ZIP.',
  { id: 'question-1', state: 'SOLVED', answerCount: 2 },
);
const openHit = aSearchHit(
  'Invoices [download] times out',
  'The [download] stops after a minute.',
  {
    id: 'question-2',
    slug: 'invoices-download-times-out',
    state: 'OPEN',
    answerCount: 0,
  },
);
const laterHit = aSearchHit('Where is the [download] of credit notes?', '', {
  id: 'question-3',
  slug: 'where-is-the-download-of-credit-notes',
  state: 'ANSWERED',
  answerCount: 1,
});
const facets = {
  products: { 'product-billing': 7, 'product-reporting': 2 },
  states: { open: 3, answered: 1, solved: 4 },
  tags: { invoices: 6, pdf: 2 },
};
const found = searchResults([solvedHit, openHit], { total: 3, facets, endCursor: 'cursor-2' });

function renderSearch(path: string, answers: Answers = { Search: found }) {
  const stub = stubGraphql({ Products: products, ...answers });
  renderWithForum(<SearchRoute />, { fetch: stub.fetch, path, routePath: '/search' });
  return stub;
}

const location = () => screen.getByTestId('location');
const filters = () => screen.getByRole('form', { name: 'Narrow the results' });

describe('QuestionSearch', () => {
  it('asks for the words, filters and order in the address, and shows them chosen', async () => {
    const { sent } = renderSearch(
      '/search?q=download&product=billing&tag=pdf&state=solved&state=open&staff=true&sort=newest',
    );

    expect(
      await within(filters()).findByRole('checkbox', { name: 'Billing & Invoices (7)' }),
    ).toBeChecked();
    expect(within(filters()).getByRole('checkbox', { name: 'Reporting (2)' })).not.toBeChecked();
    expect(within(filters()).getByRole('checkbox', { name: 'Open (3)' })).toBeChecked();
    expect(within(filters()).getByRole('checkbox', { name: 'Solved (4)' })).toBeChecked();
    expect(within(filters()).getByRole('checkbox', { name: 'Closed (0)' })).not.toBeChecked();
    expect(within(filters()).getByRole('checkbox', { name: 'pdf (2)' })).toBeChecked();
    expect(within(filters()).getByLabelText('Answered by staff')).toHaveValue('true');
    expect(screen.getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByLabelText('Search for')).toHaveValue('download');
    expect(sent('Search').map((request) => request.variables)).toEqual([
      {
        query: 'download',
        filter: {
          products: ['product-billing'],
          tags: ['pdf'],
          states: ['OPEN', 'SOLVED'],
          answeredByStaff: true,
        },
        sort: 'NEWEST',
        first: 20,
        after: null,
      },
    ]);
  });

  it('ticks several values of a facet into the address, and unticks them', async () => {
    const { sent } = renderSearch('/search?q=download');
    const reporting = await within(filters()).findByRole('checkbox', { name: 'Reporting (2)' });

    await userEvent.click(reporting);
    expect(location()).toHaveTextContent('/search?q=download&product=reporting');
    await userEvent.click(within(filters()).getByRole('checkbox', { name: /Billing & Invoices/ }));
    expect(location()).toHaveTextContent('/search?q=download&product=reporting&product=billing');
    await userEvent.click(within(filters()).getByRole('checkbox', { name: /Solved/ }));
    await userEvent.click(within(filters()).getByRole('checkbox', { name: /Open/ }));
    // States keep their order, whatever order they were ticked in.
    expect(location()).toHaveTextContent(
      '/search?q=download&product=reporting&product=billing&state=open&state=solved',
    );
    await userEvent.click(within(filters()).getByRole('checkbox', { name: /Reporting/ }));
    await userEvent.selectOptions(within(filters()).getByLabelText('Answered by staff'), 'false');

    expect(location()).toHaveTextContent(
      '/search?q=download&product=billing&state=open&state=solved&staff=false',
    );
    // The facets stay in place while the next results load, so the focus stays too.
    expect(within(filters()).getByLabelText('Answered by staff')).toHaveFocus();
    await waitFor(() =>
      expect(sent('Search').at(-1)?.variables).toMatchObject({
        filter: {
          products: ['product-billing'],
          states: ['OPEN', 'SOLVED'],
          answeredByStaff: false,
        },
      }),
    );
  });

  it('shows the hits with the matched words marked, solved ones marked, and more on request', async () => {
    const { sent } = renderSearch('/search?q=download', {
      Search: (variables: Record<string, unknown>) =>
        variables['after'] === 'cursor-2' ? searchResults([laterHit], { total: 3, facets }) : found,
    });

    expect(await screen.findByText('3 results')).toBeInTheDocument();
    const hits = screen.getAllByRole('listitem').filter((item) => item.dataset['testid']);
    expect(hits).toHaveLength(2);
    const title = within(hits[0]).getByRole('link', {
      name: 'How do I download all invoices as PDF?',
    });
    expect(title).toHaveAttribute(
      'href',
      '/questions/question-1/how-do-i-download-all-invoices-as-pdf',
    );
    expect(within(title).getByText('download').tagName).toBe('MARK');
    expect(within(hits[0]).getByText('Download', { selector: 'p mark' })).toBeInTheDocument();
    expect(hits[0]).toHaveTextContent('Open Billing and choose Download as ZIP.');
    expect(hits[0]).toHaveTextContent('Solved');
    expect(hits[0]).toHaveTextContent('2 answers');
    expect(hits[1]).not.toHaveTextContent('Solved');

    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));

    expect(await screen.findByText(/credit notes/)).toBeInTheDocument();
    expect(sent('Search').map((request) => request.variables?.['after'])).toEqual([
      null,
      'cursor-2',
    ]);
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
  });

  it('searches for new words with the filters kept', async () => {
    renderSearch('/search?q=download&state=solved');
    const field = await screen.findByLabelText('Search for');

    await userEvent.clear(field);
    await userEvent.type(field, 'pdf export{Enter}');

    expect(location()).toHaveTextContent('/search?q=pdf+export&state=solved');
  });

  it('offers to clear the filters when nothing matches', async () => {
    renderSearch('/search?q=zzz&tag=pdf', { Search: searchResults([]) });

    expect(await screen.findByText('0 results')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Clear all filters' }));
    expect(location()).toHaveTextContent(/^\/search\?q=zzz$/);
  });

  it('says when search is temporarily unavailable, and where to go instead', async () => {
    renderSearch('/search?q=download', { Search: searchUnavailable });

    expect(await screen.findByText('Search is temporarily unavailable')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse questions' })).toHaveAttribute(
      'href',
      '/questions',
    );
  });

  it('renders script in posts as text, never as HTML', async () => {
    const payloads = XSS_PAYLOADS.slice(0, 24);
    const hits = payloads.map((payload, index) =>
      aSearchHit(`${payload} [invoice]`, `before ${payload} [after]`, {
        id: `question-xss-${index}`,
        slug: `xss-${index}`,
      }),
    );
    const { container } = renderWithForum(<SearchRoute />, {
      fetch: stubGraphql({ Products: products, Search: searchResults(hits) }).fetch,
      path: '/search?q=invoice',
      routePath: '/search',
    });

    expect(await screen.findByText(`${payloads.length} results`)).toBeInTheDocument();
    expect(screen.getByTestId('hit-question-xss-5')).toHaveTextContent(
      '<img src=x onerror=alert(1)> invoice',
    );
    expect(
      container.querySelectorAll('img, script, svg, iframe, object, embed, a[href^="javascript"]'),
    ).toHaveLength(0);
    expect(container.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
  });
  it('shows idea hits with their votes and status, and narrows by kind and idea status', async () => {
    const ideaHit = anIdeaHit(
      '[Download] invoices as one ZIP',
      'Select several invoices and [download] them at once.',
      { id: 'idea-7', status: 'PLANNED', voteCount: 12 },
    );
    const mixed = searchResults([solvedHit, ideaHit], {
      total: 2,
      facets: {
        ...facets,
        types: { question: 1, idea: 1 },
        ideaStatuses: { planned: 1 },
      },
    });
    const { sent } = renderSearch('/search?q=download', { Search: mixed });

    const row = (await screen.findByTestId('hit-idea-7')) as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Download invoices as one ZIP' })).toHaveAttribute(
      'href',
      '/ideas/idea-7',
    );
    expect(within(row).getByText('Feature idea')).toBeVisible();
    expect(within(row).getByText('Planned')).toBeVisible();
    expect(within(row).getByText('12 votes')).toBeVisible();
    expect(
      await within(filters()).findByRole('checkbox', { name: 'Questions (1)' }),
    ).not.toBeChecked();
    expect(within(filters()).getByRole('checkbox', { name: 'Planned (1)' })).not.toBeChecked();
    // Statuses no hit has are not offered.
    expect(within(filters()).queryByRole('checkbox', { name: /Declined/ })).toBeNull();

    await userEvent.click(within(filters()).getByRole('checkbox', { name: 'Feature ideas (1)' }));
    await waitFor(() => expect(location()).toHaveTextContent('/search?q=download&type=idea'));
    await userEvent.click(within(filters()).getByRole('checkbox', { name: 'Planned (1)' }));
    await waitFor(() =>
      expect(location()).toHaveTextContent('/search?q=download&type=idea&status=planned'),
    );
    await waitFor(() =>
      expect(sent('Search').at(-1)?.variables).toMatchObject({
        filter: { types: ['IDEA'], ideaStatuses: ['PLANNED'] },
      }),
    );
  });
});
