import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Button } from '../Button/Button';
import { Dialog } from './Dialog';

function Example({ onClose = () => undefined }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete account…</Button>
      <Dialog
        open={open}
        onClose={close}
        title="Delete your account?"
        closeLabel="Close"
        actions={
          <>
            <Button onClick={close}>Cancel</Button>
            <Button variant="danger">Delete</Button>
          </>
        }
      >
        <label>
          Password <input type="password" />
        </label>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('is a named dialog that takes focus into its content', async () => {
    render(<Example />);

    await userEvent.click(screen.getByRole('button', { name: 'Delete account…' }));

    expect(screen.getByRole('dialog', { name: 'Delete your account?' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const onClose = jest.fn();
    render(<Example onClose={onClose} />);

    await userEvent.click(screen.getByRole('button', { name: 'Delete account…' }));
    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete account…' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    render(<Example />);

    await userEvent.click(screen.getByRole('button', { name: 'Delete account…' }));
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();

    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });

  it('renders nothing while closed', () => {
    render(
      <Dialog open={false} onClose={() => undefined} title="Hidden" closeLabel="Close">
        Body
      </Dialog>,
    );

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
