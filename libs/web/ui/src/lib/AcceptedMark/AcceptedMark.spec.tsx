import { render, screen } from '@testing-library/react';
import { AcceptedMark } from './AcceptedMark';

describe('AcceptedMark', () => {
  it('says in words who accepted the answer', () => {
    render(<AcceptedMark>Accepted by the asker</AcceptedMark>);

    expect(screen.getByText('Accepted by the asker')).toBeInTheDocument();
    expect(screen.getByText('Accepted by the asker').closest('p')).toHaveClass(
      'forum-accepted-mark',
    );
  });
});
