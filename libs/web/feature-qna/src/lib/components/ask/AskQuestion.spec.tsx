import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, products } from '../../testing/fixtures';
import {
  graphqlError,
  renderWithQna,
  stubGraphql,
  type Answers,
} from '../../testing/renderWithQna';
import { AskQuestion } from './AskQuestion';

const signedIn = { data: { me: aViewer() } };
const asked = {
  data: {
    askQuestion: { __typename: 'Question', id: 'question-7', slug: 'how-do-i-export-invoices' },
  },
};

function renderAsk(answers: Answers, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({ Viewer: signedIn, Products: products, ...answers });
  renderWithQna(<AskQuestion />, { fetch: stub.fetch, path: '/questions/ask', language });
  return stub;
}

async function fillIn({
  title = 'How do I export all invoices at once?',
  product = 'Billing & Invoices',
  body = 'I need every invoice of **2025** for our accountant.',
}: { title?: string; product?: string | null; body?: string } = {}) {
  await userEvent.type(await screen.findByLabelText('Title'), title);
  if (product) {
    await waitFor(() => expect(screen.getByRole('option', { name: product })).toBeInTheDocument());
    // user-event compares an option's innerHTML, where "&" reads "&amp;": choose by value.
    await userEvent.selectOptions(screen.getByLabelText('Product area'), 'product-billing');
  }
  if (body) await userEvent.type(screen.getByLabelText('Details'), body);
}

describe('AskQuestion', () => {
  it('sends visitors to sign in first, and back here afterwards', async () => {
    renderAsk({ Viewer: { data: { me: null } } });

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/sign-in?returnTo=%2Fquestions%2Fask',
      ),
    );
  });

  it('checks the limits before sending anything', async () => {
    const { sent } = renderAsk({ AskQuestion: asked });
    await fillIn({ title: 'Invoices?', product: null, body: '' });

    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
      /Your problem as a question, 15 to 150 characters\.\s*9 of 150 characters/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByLabelText('Title')).toBeInvalid();
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
      /Please use 15 to 150 characters\./,
    );
    expect(screen.getByLabelText('Product area')).toHaveAccessibleDescription(
      'Please choose a product area.',
    );
    expect(sent('AskQuestion')).toHaveLength(0);
  });

  it('turns tags into their slugs, up to five', async () => {
    renderAsk({});
    const input = await screen.findByLabelText('Tags');

    await userEvent.type(input, 'Password Reset');
    expect(screen.getByText('password-reset')).toBeInTheDocument();
    await userEvent.type(input, '{Enter}Überweisung,pdf,api{Enter}sso{Enter}');

    const chosen = screen.getByRole('list', { name: 'Chosen tags' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['password-reset', 'ueberweisung', 'pdf', 'api', 'sso']);
    expect(input).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Remove tag pdf' }));
    expect(within(chosen).queryByText('pdf')).not.toBeInTheDocument();
    expect(input).toBeEnabled();

    await userEvent.type(input, '!!!{Enter}');
    expect(input).toHaveAccessibleDescription(/A tag is 1 to 40 letters, digits or hyphens\./);
  });

  it('shows the API’s objections next to the fields they concern', async () => {
    renderAsk({
      AskQuestion: graphqlError('VALIDATION_FAILED', {
        fields: { 'input.title': ['too long'], 'input.body': ['too long'] },
      }),
    });
    await fillIn();

    await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
      /Please use 15 to 150 characters\./,
    );
    expect(screen.getByLabelText('Details')).toHaveAccessibleDescription(
      /Please use at most 30,000 characters\./,
    );
  });

  it.each([
    ['TOO_MANY_TAGS', 'Tags', 'Please use at most 5 tags.'],
    ['INVALID_TAG', 'Tags', 'A tag is 1 to 40 letters, digits or hyphens.'],
    ['PRODUCT_NOT_FOUND', 'Product area', 'This product area does not exist (any more).'],
  ])('explains %s at the field', async (reason, field, message) => {
    renderAsk({ AskQuestion: graphqlError(reason) });
    await fillIn();

    await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

    await waitFor(() =>
      expect(screen.getByLabelText(field)).toHaveAccessibleDescription(
        expect.stringContaining(message),
      ),
    );
  });

  it('posts the question in the page’s language and opens it', async () => {
    const { sent } = renderAsk({ AskQuestion: asked }, 'de');
    await userEvent.type(
      await screen.findByLabelText('Titel'),
      'Wie exportiere ich alle Rechnungen?',
    );
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Billing & Invoices' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(screen.getByLabelText('Produktbereich'), 'product-billing');
    await userEvent.type(screen.getByLabelText('Schlagwörter'), 'Rechnungen{Enter}');
    await userEvent.type(screen.getByLabelText('Details'), 'Alle Rechnungen von **2025**.');
    expect(screen.getByLabelText('Sprache')).toHaveValue('DE');

    await userEvent.click(screen.getByRole('tab', { name: 'Vorschau' }));
    const preview = screen.getByRole('tabpanel', { name: 'Vorschau' });
    expect(within(preview).getByText('2025').tagName).toBe('STRONG');

    await userEvent.click(screen.getByRole('button', { name: 'Frage veröffentlichen' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/questions/question-7/how-do-i-export-invoices',
      ),
    );
    expect(sent('AskQuestion')[0]?.variables).toEqual({
      input: {
        title: 'Wie exportiere ich alle Rechnungen?',
        body: 'Alle Rechnungen von **2025**.',
        tags: ['rechnungen'],
        productId: 'product-billing',
        language: 'DE',
      },
    });
  });
});
