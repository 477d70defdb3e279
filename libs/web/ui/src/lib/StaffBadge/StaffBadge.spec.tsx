import { render, screen } from '@testing-library/react';
import { StaffBadge } from './StaffBadge';

describe('StaffBadge', () => {
  it('reads "name · title · Staff"', () => {
    const { container } = render(
      <StaffBadge name="Anna Schmidt" title="Support Engineer, Billing" staffLabel="Staff" />,
    );

    expect(container).toHaveTextContent('Anna Schmidt · Support Engineer, Billing · Staff');
    expect(screen.getByText('Staff')).toHaveClass('forum-staff-badge__mark');
  });

  it('leaves out a missing title', () => {
    const { container } = render(<StaffBadge name="Ben Weber" title={null} staffLabel="Team" />);

    expect(container).toHaveTextContent(/^Ben Weber · Team$/);
  });
});
