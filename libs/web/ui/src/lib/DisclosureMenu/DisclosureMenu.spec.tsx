import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DisclosureMenu } from './DisclosureMenu';

function renderMenu() {
  render(
    <>
      <DisclosureMenu label="Anna Schmidt">
        <ul>
          <li>
            <a href="#settings">Settings</a>
          </li>
          <li>
            <button type="button">Sign out</button>
          </li>
        </ul>
      </DisclosureMenu>
      <p>Elsewhere</p>
    </>,
  );
  return screen.getByRole('button', { name: 'Anna Schmidt' });
}

describe('DisclosureMenu', () => {
  it('shows and hides its entries', async () => {
    const button = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();

    await userEvent.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Settings' })).toBeVisible();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with Escape and returns focus to its button', async () => {
    const button = renderMenu();
    await userEvent.click(button);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when an entry is chosen or someone clicks elsewhere', async () => {
    const button = renderMenu();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(button);
    await userEvent.click(screen.getByText('Elsewhere'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
