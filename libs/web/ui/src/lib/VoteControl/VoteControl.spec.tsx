import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VoteControl, type VoteControlProps } from './VoteControl';

const labels = {
  label: 'Votes',
  upLabel: 'Useful',
  downLabel: 'Not useful',
  scoreLabel: 'Score 3',
};

function renderVote(props: Partial<VoteControlProps> = {}) {
  const onVote = jest.fn<(vote: -1 | 0 | 1) => void>();
  render(<VoteControl score={3} vote={0} onVote={onVote} {...labels} {...props} />);
  return onVote;
}

describe('VoteControl', () => {
  it('votes up and down, and withdraws a vote with the pressed button', async () => {
    const onVote = renderVote({ vote: 1 });

    expect(screen.getByRole('button', { name: 'Useful' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Not useful' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Useful' }));
    await userEvent.click(screen.getByRole('button', { name: 'Not useful' }));

    expect(onVote.mock.calls).toEqual([[0], [-1]]);
  });

  it('shows only the score when the viewer may not vote', () => {
    render(<VoteControl score={-2} vote={0} {...labels} scoreLabel="Score -2" />);

    expect(screen.getByRole('group', { name: 'Votes' })).toHaveTextContent('-2');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Score -2')).toBeInTheDocument();
  });

  it('is disabled while a vote is on its way', () => {
    renderVote({ busy: true });

    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
  });
});
