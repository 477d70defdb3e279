import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { SignUp } from './SignUp';

async function fillIn({
  name = 'Anna Schmidt',
  email = 'anna@example.com',
  password = 'tulip oxygen carpet',
} = {}) {
  await userEvent.type(screen.getByLabelText('Display name'), name);
  await userEvent.type(screen.getByLabelText('E-mail address'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
}

afterEach(() => localStorage.clear());

describe('SignUp', () => {
  it('asks the person to check their inbox, whatever the API knows about the address', async () => {
    const { fetch, sent } = stubGraphql({
      SignUp: { data: { signUp: { __typename: 'SignUpPayload', email: 'anna@example.com' } } },
    });

    renderWithForum(<SignUp />, { fetch, path: '/sign-up' });
    await fillIn({ email: 'Anna@Example.com' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your inbox' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/We have sent an e-mail to anna@example\.com\./)).toBeInTheDocument();
    expect(sent('SignUp')[0]?.variables).toEqual({
      input: {
        displayName: 'Anna Schmidt',
        email: 'Anna@Example.com',
        password: 'tulip oxygen carpet',
        locale: 'EN',
      },
    });
  });

  it('suggests the current language and sends the one chosen', async () => {
    const { fetch, sent } = stubGraphql({
      SignUp: { data: { signUp: { __typename: 'SignUpPayload', email: 'anna@example.com' } } },
    });

    renderWithForum(<SignUp />, { fetch, path: '/sign-up', language: 'de' });
    expect(screen.getByLabelText('Sprache')).toHaveValue('de');
    await userEvent.type(screen.getByLabelText('Anzeigename'), 'Anna Schmidt');
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'anna@example.com');
    await userEvent.type(screen.getByLabelText('Passwort'), 'tulip oxygen carpet');
    await userEvent.selectOptions(screen.getByLabelText('Sprache'), 'English');
    await userEvent.click(screen.getByRole('button', { name: 'Konto erstellen' }));

    expect(
      await screen.findByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }),
    ).toBeInTheDocument();
    expect(sent('SignUp')[0]?.variables).toMatchObject({ input: { locale: 'EN' } });
  });

  it('shows the strength checker’s feedback next to a weak password', async () => {
    const { fetch } = stubGraphql({
      SignUp: graphqlError('WEAK_PASSWORD', {
        warning: 'This is a commonly used password.',
        suggestions: ['Add more words that are less common.'],
      }),
    });

    renderWithForum(<SignUp />, { fetch, path: '/sign-up' });
    await fillIn({ password: 'password123' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please choose a stronger password.',
    );
    const password = screen.getByLabelText('Password');
    expect(password).toBeInvalid();
    expect(password).toHaveAccessibleDescription(/This password is too easy to guess\./);
    expect(password).toHaveAccessibleDescription(/This is a commonly used password\./);
    expect(password).toHaveAccessibleDescription(/Add more words that are less common\./);
    expect(screen.getByText('This is a commonly used password.')).toHaveAttribute('lang', 'en');
  });

  it('says how long a too-short password must be', async () => {
    const { fetch } = stubGraphql({ SignUp: graphqlError('WEAK_PASSWORD', { minLength: 10 }) });

    renderWithForum(<SignUp />, { fetch, path: '/sign-up' });
    await fillIn({ password: 'short' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await screen.findByRole('alert');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /Please use at least 10 characters\./,
    );
  });

  it('marks the fields the API refused, in the reader’s language', async () => {
    const { fetch } = stubGraphql({
      SignUp: graphqlError('VALIDATION_FAILED', {
        fields: {
          'input.email': ['email must be a valid e-mail address'],
          'input.displayName': ['displayName must be longer than or equal to 2 characters'],
        },
      }),
    });

    renderWithForum(<SignUp />, { fetch, path: '/sign-up' });
    await fillIn({ email: 'anna@example' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    const email = screen.getByLabelText('E-mail address');
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('Please enter a valid e-mail address.');
    expect(screen.getByLabelText('Display name')).toHaveAccessibleDescription(
      /Please use 2 to 60 characters\./,
    );
    expect(screen.getByLabelText('Password')).toBeValid();
    expect(within(screen.getByRole('alert')).queryByText(/must be/)).not.toBeInTheDocument();
  });
});
