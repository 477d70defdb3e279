import { render, screen } from '@testing-library/react';
import { Alert } from './Alert';

describe('Alert', () => {
  it('interrupts screen readers for errors only', () => {
    render(
      <>
        <Alert tone="error" title="The password is wrong." />
        <Alert tone="success">Saved.</Alert>
      </>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('The password is wrong.');
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('shows a title above its body', () => {
    render(
      <Alert tone="info" title="Check your inbox">
        <p>We sent you a link.</p>
      </Alert>,
    );

    const alert = screen.getByRole('status');
    expect(alert).toHaveClass('forum-alert--info');
    expect(alert).toHaveTextContent('Check your inboxWe sent you a link.');
  });
});
