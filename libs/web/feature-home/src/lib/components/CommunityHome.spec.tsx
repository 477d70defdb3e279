import { screen, waitFor } from '@testing-library/react';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { CommunityHome } from './CommunityHome';

describe('CommunityHome', () => {
  it('explains what the community is for and shows the system status', async () => {
    const { fetch } = stubGraphql({
      HealthStatus: () => Promise.reject(new TypeError('Failed to fetch')),
    });

    renderWithForum(<CommunityHome />, { fetch });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Answers from people who use the product every day',
    );
    for (const purpose of ['Ask a question', 'Find solutions', 'Vote on ideas']) {
      expect(screen.getByRole('heading', { level: 2, name: purpose })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Ask a question' })).toHaveAttribute(
      'href',
      '/questions/ask',
    );
    expect(screen.getByRole('link', { name: 'Find solutions' })).toHaveAttribute(
      'href',
      '/questions?state=solved',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'System status' })).toBeInTheDocument();
    await screen.findByRole('alert');
  });

  it('sets the document title in the current language', async () => {
    const { fetch } = stubGraphql({ HealthStatus: { data: null, errors: [{ message: 'boom' }] } });

    renderWithForum(<CommunityHome />, { fetch, language: 'de' });

    await waitFor(() => expect(document.title).toBe('Startseite · Kunden-Community'));
    expect(screen.getByRole('heading', { level: 2, name: 'Lösungen finden' })).toBeInTheDocument();
  });
});
