import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n, I18nProvider } from '@forum/web/i18n';
import { mentionMarkdown } from '@forum/shared/domain';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MarkdownView } from './MarkdownView';

const anna = '0b6f3c9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f';
const i18n = createI18n({ language: 'en' });

function renderInApp(source: string) {
  render(
    <I18nProvider i18n={i18n}>
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route path="/" element={<MarkdownView source={source} />} />
          <Route path="/users/:id" element={<p>Profile page</p>} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('MarkdownView mentions', () => {
  it('renders a mention as a profile link inside the app', async () => {
    renderInApp(
      `Thanks ${mentionMarkdown({ id: anna, displayName: 'Anna Schmidt' })}, that worked.`,
    );

    const mention = screen.getByRole('link', { name: '@Anna Schmidt' });
    expect(mention).toHaveAttribute('href', `/users/${anna}`);
    expect(mention).toHaveClass('forum-markdown__mention');
    expect(mention).not.toHaveAttribute('target');
    await userEvent.click(mention);
    expect(await screen.findByText('Profile page')).toBeVisible();
  });

  it('keeps other links as they are: without "@", to other paths, or to other sites', () => {
    renderInApp(
      [
        `[Anna](/users/${anna})`,
        `[@Anna](/users/${anna}/edit)`,
        `[@Anna](/users/not-an-id)`,
        `[@Anna](https://example.com/users/${anna})`,
      ].join(' '),
    );

    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(4);
    for (const link of links) expect(link).not.toHaveClass('forum-markdown__mention');
    expect(links[3]).toHaveAttribute('target', '_blank');
  });

  it('renders a mention as a plain profile link outside the app’s router', () => {
    render(
      <I18nProvider i18n={i18n}>
        <MarkdownView source={`[@Anna](/users/${anna})`} />
      </I18nProvider>,
    );

    const mention = screen.getByRole('link', { name: '@Anna' });
    expect(mention).toHaveAttribute('href', `/users/${anna}`);
    expect(mention).toHaveClass('forum-markdown__mention');
  });

  it('shows a mention inside code as code', () => {
    renderInApp(`\`[@Anna](/users/${anna})\``);

    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(`[@Anna](/users/${anna})`).tagName).toBe('CODE');
  });
});
