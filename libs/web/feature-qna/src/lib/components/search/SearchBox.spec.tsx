import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { aSearchHit, searchResults, searchUnavailable } from '../../testing/fixtures';
import { SearchBox } from './SearchBox';

const resetHit = aSearchHit('[Password] reset link expired', '', {
  id: 'question-reset',
  slug: 'password-reset-link-expired',
  state: 'SOLVED',
});
const ssoHit = aSearchHit('[Passwort] zurücksetzen mit SSO', '', {
  id: 'question-sso',
  slug: 'passwort-zuruecksetzen-mit-sso',
});

function renderBox(answers: Answers = { SearchPreview: searchResults([resetHit, ssoHit]) }) {
  const stub = stubGraphql(answers);
  renderWithForum(<SearchBox />, { fetch: stub.fetch, path: '/', routePath: '/*' });
  return stub;
}

const box = () => screen.getByRole('combobox', { name: 'Search questions' });
const location = () => screen.getByTestId('location');

/** Types, and waits until the list shows `options` options (the hits and "see all"). */
async function typeAndWait(text: string, options = 3) {
  await userEvent.type(box(), text);
  const list = await screen.findByRole('listbox', { name: 'Suggestions' });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(options));
  return list;
}

describe('SearchBox', () => {
  it('shows the best hits as the reader pauses, asking once per pause', async () => {
    const { sent } = renderBox();
    expect(box()).toHaveAttribute('aria-expanded', 'false');

    const list = await typeAndWait('pasword');

    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(box()).toHaveAttribute('aria-controls', list.id);
    const options = await within(list).findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Password reset link expiredSolvedBilling & Invoices',
      'Passwort zurücksetzen mit SSOBilling & Invoices',
      'See all results for “pasword”',
    ]);
    expect(within(options[0]).getByText('Password', { selector: 'mark' })).toBeInTheDocument();
    expect(sent('SearchPreview').map((request) => request.variables)).toEqual([
      { query: 'pasword', first: 5 },
    ]);
  });

  it('moves through the hits with the arrow keys and opens the chosen one with Enter', async () => {
    renderBox();
    const list = await typeAndWait('pasword');
    const options = await within(list).findAllByRole('option');
    expect(options).toHaveLength(3);

    await userEvent.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    // Past the last option, back to the first.
    expect(box()).toHaveAttribute('aria-activedescendant', options[0].id);
    await userEvent.keyboard('{ArrowUp}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[2].id);
    await userEvent.keyboard('{ArrowUp}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    expect(box()).toHaveFocus();

    await userEvent.keyboard('{Enter}');

    expect(location()).toHaveTextContent('/questions/question-sso/passwort-zuruecksetzen-mit-sso');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('goes to the search page with Enter when no hit is chosen, or with "see all"', async () => {
    renderBox();
    await typeAndWait('pasword reset');

    await userEvent.keyboard('{Enter}');
    expect(location()).toHaveTextContent('/search?q=pasword+reset');

    await userEvent.type(box(), '!');
    const list = await screen.findByRole('listbox');
    await userEvent.keyboard('{ArrowUp}');
    expect(within(list).getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(location()).toHaveTextContent('/search?q=pasword+reset%21');
  });

  it('closes with Escape, and clears the box with a second Escape', async () => {
    renderBox();
    await typeAndWait('pasword');
    await userEvent.keyboard('{ArrowDown}');

    await userEvent.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box()).toHaveValue('pasword');

    // The arrow key opens it again.
    await userEvent.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}{Escape}');
    expect(box()).toHaveValue('');
  });

  it('opens a hit on click', async () => {
    renderBox();
    const list = await typeAndWait('pasword');
    await userEvent.click(await within(list).findByText(/reset link expired/));
    expect(location()).toHaveTextContent('/questions/question-reset/password-reset-link-expired');
  });

  it('says so when search is unavailable', async () => {
    renderBox({ SearchPreview: searchUnavailable });
    await userEvent.type(box(), 'pasword');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Search is temporarily unavailable. Please try again in a few minutes.',
      ),
    );
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(location()).toHaveTextContent('/search?q=pasword');
  });

  it('renders text from posts as text, never as HTML', async () => {
    renderBox({
      SearchPreview: searchResults([
        aSearchHit('<img src=x onerror=alert(1)> [invoice]', '', { id: 'question-xss' }),
      ]),
    });
    const list = await typeAndWait('invoice', 2);

    const option = (await within(list).findAllByRole('option'))[0];
    expect(option).toHaveTextContent('<img src=x onerror=alert(1)> invoice');
    expect(list.querySelector('img')).toBeNull();
  });
});
