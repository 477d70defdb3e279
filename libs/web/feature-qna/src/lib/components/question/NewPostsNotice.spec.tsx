import { jest } from '@jest/globals';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewPostsNotice } from './NewPostsNotice';

function renderNotice(answers: number, comments: number, language: Language = 'en') {
  const onShow = jest.fn<() => void>();
  render(
    <I18nProvider i18n={createI18n({ language })}>
      <NewPostsNotice answers={answers} comments={comments} onShow={onShow} />
    </I18nProvider>,
  );
  return { onShow };
}

describe('NewPostsNotice', () => {
  it('says how many answers and comments others added, politely', () => {
    renderNotice(2, 1);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('2 new answers, 1 new comment Show them');
  });

  it('speaks German', () => {
    renderNotice(1, 3, 'de');
    expect(screen.getByRole('status').textContent).toBe(
      '1 neue Antwort, 3 neue Kommentare Anzeigen',
    );
  });

  it('names a single comment alone', () => {
    renderNotice(0, 1);
    expect(screen.getByRole('status').textContent).toBe('1 new comment Show them');
  });

  it('keeps an empty live region while there is nothing new', () => {
    renderNotice(0, 0);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('loads the new posts on request', async () => {
    const { onShow } = renderNotice(2, 0);
    await userEvent.click(screen.getByRole('button', { name: 'Show them' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});
