import { jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { FlagControl, type FlagSubmission, type FlagSubmitResult } from './FlagControl';

function renderFlag(
  onFlag: (flag: FlagSubmission) => Promise<FlagSubmitResult>,
  language: Language = 'en',
) {
  return render(
    <I18nProvider i18n={createI18n({ language })}>
      <FlagControl targetKind="ANSWER" targetId="answer-1" onFlag={onFlag} />
    </I18nProvider>,
  );
}

describe('FlagControl', () => {
  it('sends the chosen reason and note, then confirms', async () => {
    const onFlag = jest.fn(async (_flag: FlagSubmission): Promise<FlagSubmitResult> => ({
      ok: true,
    }));
    renderFlag(onFlag);

    await userEvent.click(screen.getByRole('button', { name: 'Flag this answer' }));
    const dialog = screen.getByRole('dialog', { name: 'Flag this answer' });
    const reasons = within(dialog).getByRole('group', { name: 'Reason' });
    expect(within(reasons).getAllByRole('radio')).toHaveLength(5);
    await userEvent.click(within(reasons).getByRole('radio', { name: /Spam/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Note' }), '  Shop links  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send flag' }));

    expect(onFlag).toHaveBeenCalledWith({
      targetKind: 'ANSWER',
      targetId: 'answer-1',
      reason: 'SPAM',
      note: 'Shop links',
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Thank you. The moderators will review it; you will be notified of the outcome.',
    );
    expect(screen.getByRole('button', { name: 'Flag this answer' })).toBeDisabled();
  });

  it('asks for a reason, and for a note with OTHER, before sending anything', async () => {
    const onFlag = jest.fn(async (): Promise<FlagSubmitResult> => ({ ok: true }));
    renderFlag(onFlag);

    await userEvent.click(screen.getByRole('button', { name: 'Flag this answer' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send flag' }));
    expect(within(dialog).getByRole('group', { name: 'Reason' })).toHaveAccessibleDescription(
      'Please check the reason and the note.',
    );

    await userEvent.click(within(dialog).getByRole('radio', { name: /Something else/ }));
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    expect(note).toBeRequired();
    expect(note).toHaveAttribute('maxlength', '500');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send flag' }));
    expect(note).toHaveAccessibleDescription(
      'Required, up to 500 characters. Please describe the problem in the note.',
    );
    expect(onFlag).not.toHaveBeenCalled();
  });

  it.each([
    ['ALREADY_FLAGGED', 'You have already flagged this.'],
    ['OWN_CONTENT', 'You cannot flag your own content.'],
    ['RATE_LIMITED', 'You have flagged a lot recently. Please wait a while and try again.'],
    ['TOO_MANY_ATTEMPTS', 'You have flagged a lot recently. Please wait a while and try again.'],
    ['SOMETHING_NEW', 'The flag could not be sent. Please try again.'],
  ])('says in words why %s refused it, and stays open', async (reason, text) => {
    renderFlag(async () => ({ ok: false, reason }));

    await userEvent.click(screen.getByRole('button', { name: 'Flag this answer' }));
    await userEvent.click(screen.getByRole('radio', { name: /Off topic/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send flag' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('works from the keyboard and returns focus when closed', async () => {
    renderFlag(async () => ({ ok: true }));
    const opener = screen.getByRole('button', { name: 'Flag this answer' });
    opener.focus();

    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('radio', { name: /Spam/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /Offensive/ })).toBeChecked();
    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('speaks German', async () => {
    renderFlag(async () => ({ ok: false, reason: 'ALREADY_FLAGGED' }), 'de');

    await userEvent.click(screen.getByRole('button', { name: 'Diese Antwort melden' }));
    await userEvent.click(screen.getByRole('radio', { name: /Spam/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Meldung senden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sie haben das bereits gemeldet.');
  });
});
