import { render, screen } from '@testing-library/react';
import { MessagePanel } from './MessagePanel';

describe('MessagePanel', () => {
  it('shows the title as a heading with the body and the action', () => {
    render(
      <MessagePanel eyebrow="404" title="Page not found" action={<a href="/">Back home</a>}>
        Nothing lives here.
      </MessagePanel>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('404')).toBeInTheDocument();
    expect(screen.getByText('Nothing lives here.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back home' })).toHaveAttribute('href', '/');
  });
});
