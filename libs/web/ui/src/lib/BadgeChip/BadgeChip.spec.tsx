import { render, screen } from '@testing-library/react';
import { BadgeChip } from './BadgeChip';
import { ReputationSummary } from './ReputationSummary';

describe('BadgeChip', () => {
  it('names the badge and its tier in text, not only in colour', () => {
    const { container } = render(
      <BadgeChip
        name="Solution Author"
        tier="silver"
        tierLabel="Silver"
        description="10 answers"
      />,
    );
    expect(container).toHaveTextContent('Solution Author (Silver)');
    expect(container.firstChild).toHaveClass('forum-badge-chip--silver');
    expect(screen.getByTitle('10 answers')).toBeInTheDocument();
  });
});

describe('ReputationSummary', () => {
  it('shows the points and only the tiers someone holds', () => {
    const { container } = render(
      <ReputationSummary
        reputation="1,234"
        tiers={{ gold: 0, silver: 2, bronze: 5 }}
        label="1,234 reputation, 2 silver, 5 bronze"
      />,
    );
    expect(screen.getByText('1,234 reputation, 2 silver, 5 bronze')).toHaveClass(
      'forum-visually-hidden',
    );
    expect(container.querySelectorAll('.forum-reputation__tier')).toHaveLength(2);
    expect(container.querySelector('.forum-badge-chip--gold')).toBeNull();
  });
});
