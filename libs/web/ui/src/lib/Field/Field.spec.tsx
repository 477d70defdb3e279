import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PasswordField } from './PasswordField';
import { Select } from './Select';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';

describe('TextField', () => {
  it('is labelled and described by its hint', () => {
    render(<TextField label="Display name" hint="Shown next to your posts." />);

    const input = screen.getByRole('textbox', { name: 'Display name' });
    expect(input).toHaveAccessibleDescription('Shown next to your posts.');
    expect(input).toBeValid();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('is marked invalid and described by its error', () => {
    render(
      <TextField
        label="E-mail address"
        hint="We never share it."
        error="Please enter a valid address."
      />,
    );

    const input = screen.getByRole('textbox', { name: 'E-mail address' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('We never share it. Please enter a valid address.');
  });

  it('passes input attributes through', async () => {
    render(<TextField label="E-mail address" type="email" required defaultValue="a@b.c" />);

    const input = screen.getByLabelText('E-mail address');
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toBeRequired();
    await userEvent.type(input, 'd');
    expect(input).toHaveValue('a@b.cd');
  });
});

describe('TextAreaField', () => {
  it('is a labelled multi-line field with its error', () => {
    render(<TextAreaField label="Reason" error="Please use 5 to 500 characters." />);

    const textarea = screen.getByRole('textbox', { name: 'Reason' });
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea).toHaveAccessibleDescription('Please use 5 to 500 characters.');
  });
});

describe('PasswordField', () => {
  it('hides the password until asked to show it', async () => {
    render(
      <PasswordField label="Password" showLabel="Show" hideLabel="Hide" defaultValue="secret" />,
    );

    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');

    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-controls', input.id);

    await userEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(input).toHaveAttribute('type', 'password');
  });

  it('shows its error like any other field', () => {
    render(
      <PasswordField
        label="Password"
        showLabel="Show"
        hideLabel="Hide"
        error="Too easy to guess."
      />,
    );

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Too easy to guess.');
  });
});

describe('Select', () => {
  it('offers its options under its label', async () => {
    render(
      <Select
        label="Role"
        defaultValue="MEMBER"
        options={[
          { value: 'MEMBER', label: 'Member' },
          { value: 'ADMIN', label: 'Admin' },
        ]}
      />,
    );

    const select = screen.getByRole('combobox', { name: 'Role' });
    expect(select).toHaveDisplayValue('Member');
    await userEvent.selectOptions(select, 'Admin');
    expect(select).toHaveValue('ADMIN');
  });
});
