import { render, screen } from '@testing-library/react';
import { StatusPill, type StatusPillStatus } from './StatusPill';

describe('StatusPill', () => {
  it.each<[StatusPillStatus, string]>([
    ['up', 'Up'],
    ['down', 'Down'],
    ['unknown', 'Unknown'],
  ])('shows the %s status with its label', (status, label) => {
    render(<StatusPill status={status} label={label} data-testid="pill" />);

    const pill = screen.getByTestId('pill');
    expect(pill).toHaveTextContent(label);
    expect(pill).toHaveAttribute('data-status', status);
    expect(pill).toHaveClass(`forum-status-pill--${status}`);
  });

  it('keeps extra class names and attributes', () => {
    render(<StatusPill status="up" label="Up" className="extra" title="checked just now" />);

    const pill = screen.getByText('Up');
    expect(pill).toHaveClass('forum-status-pill', 'extra');
    expect(pill).toHaveAttribute('title', 'checked just now');
  });
});
