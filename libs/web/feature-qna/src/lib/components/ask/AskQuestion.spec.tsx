import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { aSearchHit, aViewer, products, searchUnavailable } from '../../testing/fixtures';
import { AskQuestion } from './AskQuestion';

const signedIn = { data: { me: aViewer() } };
const asked = {
  data: {
    askQuestion: { __typename: 'Question', id: 'question-7', slug: 'how-do-i-export-invoices' },
  },
};

const noSuggestions = { data: { similarQuestions: [] } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function renderAsk(answers: Answers, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({
    Viewer: signedIn,
    Products: products,
    SimilarQuestions: noSuggestions,
    ...answers,
  });
  renderWithForum(<AskQuestion />, { fetch: stub.fetch, path: '/questions/ask', language });
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
        draftId: expect.stringMatching(UUID),
      },
    });
  });

  describe('similar questions', () => {
    const solved = aSearchHit('How do I download all [invoices] as PDF?', '', {
      id: 'question-solved',
      slug: 'how-do-i-download-all-invoices-as-pdf',
      state: 'SOLVED',
      answerCount: 2,
    });
    const open = aSearchHit('[Invoices] show the wrong VAT ID', '', {
      id: 'question-open',
      slug: 'invoices-show-the-wrong-vat-id',
      answerCount: 0,
    });

    // Opening a suggestion in a new tab is the browser's business, not jsdom's.
    const stayHere = (event: Event) => {
      if ((event.target as Element).closest('a[target="_blank"]')) event.preventDefault();
    };
    beforeEach(() => document.addEventListener('click', stayHere));
    afterEach(() => document.removeEventListener('click', stayHere));

    it('shows them under the title as the customer types, solved ones marked', async () => {
      const { sent } = renderAsk({
        SimilarQuestions: { data: { similarQuestions: [solved, open] } },
      });
      const title = await screen.findByLabelText('Title');
      await userEvent.type(title, 'Invoices');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Too short to say anything yet.
      expect(sent('SimilarQuestions')).toHaveLength(0);

      await userEvent.type(title, ' as PDF?');

      const suggestions = await screen.findByRole('region', { name: 'Similar questions' });
      expect(
        title.compareDocumentPosition(suggestions) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      const [first, second] = within(suggestions).getAllByRole('listitem');
      const link = within(first).getByRole('link', {
        name: 'How do I download all invoices as PDF? (opens in a new tab)',
      });
      expect(link).toHaveAttribute(
        'href',
        '/questions/question-solved/how-do-i-download-all-invoices-as-pdf',
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(within(link).getByText('invoices').tagName).toBe('MARK');
      expect(first).toHaveTextContent('Solved');
      expect(second).not.toHaveTextContent('Solved');
      expect(sent('SimilarQuestions').map((request) => request.variables)).toEqual([
        { title: 'Invoices as PDF?', body: null },
      ]);
    });

    it('records each suggestion opened, with the draft id the question is posted with', async () => {
      const { sent } = renderAsk({
        SimilarQuestions: { data: { similarQuestions: [solved, open] } },
        RecordSuggestionVisit: { data: { recordSuggestionVisit: true } },
        AskQuestion: asked,
      });
      await fillIn({ title: 'How do I export all invoices at once?' });
      const suggestions = await screen.findByRole('region', { name: 'Similar questions' });

      await userEvent.click(
        within(suggestions).getByRole('link', { name: /download all invoices/ }),
      );
      await userEvent.click(
        within(suggestions).getByRole('link', { name: /download all invoices/ }),
      );
      await userEvent.click(within(suggestions).getByRole('link', { name: /wrong VAT ID/ }));

      await waitFor(() => expect(sent('RecordSuggestionVisit')).toHaveLength(2));
      const visits = sent('RecordSuggestionVisit').map((request) => request.variables?.['input']);
      const draftId = (visits[0] as { draftId: string }).draftId;
      expect(draftId).toMatch(UUID);
      expect(visits).toEqual([
        { draftId, questionId: 'question-solved' },
        { draftId, questionId: 'question-open' },
      ]);
      // The draft is still there, and posts with the same id.
      expect(screen.getByLabelText('Title')).toHaveValue('How do I export all invoices at once?');
      await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));
      await waitFor(() => expect(sent('AskQuestion')).toHaveLength(1));
      expect(sent('AskQuestion')[0]?.variables?.['input']).toMatchObject({ draftId });
    });

    it('says search is unavailable, and the question still posts', async () => {
      const { sent } = renderAsk({ SimilarQuestions: searchUnavailable, AskQuestion: asked });
      await fillIn();

      expect(
        await screen.findByText(
          'Search is temporarily unavailable, so we cannot suggest similar questions right now. You can still post your question.',
        ),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

      await waitFor(() =>
        expect(screen.getByTestId('location')).toHaveTextContent(
          '/questions/question-7/how-do-i-export-invoices',
        ),
      );
      expect(sent('AskQuestion')).toHaveLength(1);
    });
  });
});
