import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { useState } from 'react';
import { MarkdownEditor } from './MarkdownEditor';

const anna = '0b6f3c9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f';
const andreas = '1c7a4d0f-2e3b-4d6c-9f80-ab1c2d3e4f50';

const person = (id: string, displayName: string, staffTitle: string | null = null) => ({
  __typename: 'User',
  id,
  displayName,
  isStaff: staffTitle !== null,
  staffTitle,
});

function Editor({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <MarkdownEditor
      label="Your answer"
      name="answer"
      value={value}
      onChange={setValue}
      maxLength={1000}
      questionId="question-1"
    />
  );
}

function renderEditor(language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({
    MentionCandidates: {
      data: {
        mentionCandidates: [
          person(anna, 'Anna Schmidt'),
          person(andreas, 'Andreas Weber', 'Support Engineer, Billing'),
        ],
      },
    },
  });
  renderWithForum(<Editor />, { fetch: stub.fetch, language });
  return { stub, textarea: screen.getByRole('textbox', { name: 'Your answer' }) };
}

describe('MarkdownEditor mentions', () => {
  it('lists people after "@" and a letter, moves with the arrow keys and picks with Enter', async () => {
    const { stub, textarea } = renderEditor();
    await userEvent.type(textarea, 'Thanks @an');

    const listbox = await screen.findByRole('listbox', { name: 'People to mention' });
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Anna Schmidt',
      'Andreas WeberSupport Engineer, Billing',
    ]);
    expect(textarea).toHaveAttribute('aria-controls', listbox.id);
    expect(textarea).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 people found');

    await userEvent.keyboard('{ArrowDown}');
    expect(textarea).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(textarea).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Enter}');

    expect(textarea).toHaveValue(`Thanks [@Andreas Weber](/users/${andreas}) `);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(textarea).not.toHaveAttribute('aria-activedescendant');
    // The caret is after the mention, so typing goes on behind it.
    await userEvent.keyboard('for this');
    expect(textarea).toHaveValue(`Thanks [@Andreas Weber](/users/${andreas}) for this`);
    expect(stub.sent('MentionCandidates').at(-1)?.variables).toEqual({
      prefix: 'an',
      questionId: 'question-1',
    });
  });

  it('picks with Tab, and with a click', async () => {
    const { textarea } = renderEditor();
    await userEvent.type(textarea, '@a');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Tab}');
    expect(textarea).toHaveValue(`[@Anna Schmidt](/users/${anna}) `);
    expect(textarea).toHaveFocus();

    await userEvent.type(textarea, 'and @and');
    await userEvent.click(await screen.findByRole('option', { name: /Andreas Weber/ }));
    expect(textarea).toHaveValue(
      `[@Anna Schmidt](/users/${anna}) and [@Andreas Weber](/users/${andreas}) `,
    );
  });

  it('closes with Escape, leaving the text as typed, until the name changes', async () => {
    const { textarea } = renderEditor();
    await userEvent.type(textarea, 'Hi @an');
    await screen.findByRole('listbox');

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(textarea).toHaveValue('Hi @an');
    // Enter now writes a new line, as in any text area.
    await userEvent.keyboard('{Enter}');
    expect(textarea).toHaveValue('Hi @an\n');

    await userEvent.type(textarea, '@ann');
    expect(await screen.findByRole('listbox')).toBeVisible();
  });

  it('asks nothing for a lone "@" or an e-mail address', async () => {
    const { stub, textarea } = renderEditor();
    await userEvent.type(textarea, 'Mail anna@example.com or type @ then 1');
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect(stub.sent('MentionCandidates')).toHaveLength(0);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('speaks German', async () => {
    const { textarea } = renderEditor('de');
    await userEvent.type(textarea, '@an');

    expect(await screen.findByRole('listbox', { name: 'Personen zum Erwähnen' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('2 Personen gefunden'),
    );
  });
});
