import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { LinkifiedText } from './LinkifiedText';

const anna = '0b6f3c9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f';

describe('LinkifiedText', () => {
  it('shows a mention in a comment as a link to the profile inside the app', async () => {
    const { fetch } = stubGraphql();
    renderWithForum(
      <p>
        <LinkifiedText text={`Thanks [@Anna Schmidt](/users/${anna}), see https://x.example`} />
      </p>,
      { fetch },
    );

    const mention = screen.getByRole('link', { name: '@Anna Schmidt' });
    expect(mention).toHaveAttribute('href', `/users/${anna}`);
    expect(mention).toHaveClass('forum-markdown__mention');
    expect(mention).not.toHaveAttribute('target');
    expect(screen.getByRole('link', { name: 'https://x.example' })).toHaveAttribute(
      'target',
      '_blank',
    );
    await userEvent.click(mention);
    expect(await screen.findByText('Another page')).toBeVisible();
  });
});
