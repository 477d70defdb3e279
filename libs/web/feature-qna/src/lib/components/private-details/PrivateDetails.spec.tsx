import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { graphqlError, renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import {
  anAnswer,
  aQuestion,
  asker,
  aViewer,
  detailOf,
  expert,
  products,
} from '../../testing/fixtures';
import { AskQuestion } from '../ask/AskQuestion';
import { QuestionPage } from '../question/QuestionPage';

const details = {
  __typename: 'PrivateDetails',
  body: 'Order 4711-0815\nAccount ACME-42',
  updatedAt: '2026-03-01T09:30:00.000Z',
};
const withDetails = aQuestion({ privateDetails: details });
const signedInAs = (overrides: Parameters<typeof aViewer>[0]) => ({
  data: { me: aViewer(overrides) },
});
const asAsker = signedInAs({ id: asker.id, displayName: asker.displayName });

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

function renderQuestion(answers: Answers, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql(answers);
  renderWithForum(<QuestionRoute />, {
    fetch: stub.fetch,
    language,
    path: `/questions/question-1/${aQuestion().slug}`,
    routePath: '/questions/:id/:slug?',
  });
  return stub;
}

describe('private details on the question page', () => {
  it('shows them to the asker in a labelled region, keeping line breaks, and lets them edit', async () => {
    const { sent } = renderQuestion({
      Viewer: asAsker,
      QuestionDetail: detailOf(withDetails),
      SetQuestionPrivateDetails: {
        data: {
          setQuestionPrivateDetails: {
            __typename: 'Question',
            id: 'question-1',
            privateDetails: { ...details, body: 'Order 4711-0815' },
          },
        },
      },
    });

    const region = await screen.findByRole('region', {
      name: 'Private — visible only to you and staff',
    });
    const body = within(region).getByText(/Order 4711-0815/);
    expect(body.textContent).toBe('Order 4711-0815\nAccount ACME-42');
    expect(body).toHaveClass('forum-private-details__body');

    await userEvent.click(within(region).getByRole('button', { name: 'Edit private details' }));
    const field = within(region).getByLabelText(
      'Private details (only you and staff can see this)',
    );
    expect(field).toHaveValue('Order 4711-0815\nAccount ACME-42');
    await userEvent.clear(field);
    await userEvent.type(field, 'Order 4711-0815');
    await userEvent.click(within(region).getByRole('button', { name: 'Save private details' }));

    expect(await within(region).findByText('Your private details have been saved.')).toBeVisible();
    expect(sent('SetQuestionPrivateDetails')[0]?.variables).toEqual({
      input: { questionId: 'question-1', body: 'Order 4711-0815' },
    });
  });

  it('shows them to staff read-only, with a reminder not to quote them', async () => {
    renderQuestion({
      Viewer: signedInAs({ id: 'user-expert', role: 'EXPERT', isStaff: true }),
      QuestionDetail: detailOf(withDetails),
    });

    const region = await screen.findByRole('region', {
      name: 'Private — visible only to you and staff',
    });
    expect(region).toHaveTextContent('Account ACME-42');
    expect(region).toHaveTextContent('Staff only: do not quote these details in a public answer.');
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('shows no box to others, since the API sends them nothing', async () => {
    renderQuestion({
      Viewer: signedInAs({ id: 'user-other' }),
      QuestionDetail: detailOf(aQuestion()),
    });

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: /Private/ })).toBeNull();
    expect(screen.queryByText(/ACME/)).toBeNull();
  });

  it('offers the asker to add them, in German', async () => {
    renderQuestion({ Viewer: asAsker, QuestionDetail: detailOf(aQuestion()) }, 'de');

    const region = await screen.findByRole('region', {
      name: 'Privat — nur für Sie und das Team sichtbar',
    });
    expect(region).toHaveTextContent('Sie haben keine privaten Angaben gemacht.');
    await userEvent.click(
      within(region).getByRole('button', { name: 'Private Angaben hinzufügen' }),
    );
    expect(
      within(region).getByLabelText('Private Angaben (nur für Sie und das Team sichtbar)'),
    ).toHaveValue('');
  });

  it('says why saving failed, in the reader’s language', async () => {
    renderQuestion({
      Viewer: asAsker,
      QuestionDetail: detailOf(withDetails),
      SetQuestionPrivateDetails: graphqlError('NOT_QUESTION_AUTHOR'),
    });

    const region = await screen.findByRole('region', { name: /^Private/ });
    await userEvent.click(within(region).getByRole('button', { name: 'Edit private details' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Save private details' }));

    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Only the person who asked can change the private details.',
    );
  });
});

describe('the solution mark', () => {
  const acceptedAs = (kind: string, by: typeof expert) =>
    aQuestion({
      state: 'SOLVED',
      answerCount: 1,
      acceptedAnswerId: 'answer-expert',
      acceptedBy: by,
      acceptedAt: '2026-03-02T09:00:00.000Z',
      acceptance: {
        __typename: 'AnswerAcceptance',
        answerId: 'answer-expert',
        kind,
        by,
      },
      answers: [anAnswer({ id: 'answer-expert', author: expert })],
    });

  it('never calls staff marking their own answer verified', async () => {
    renderQuestion({ QuestionDetail: detailOf(acceptedAs('AUTHOR_STAFF', expert)) });

    const card = await screen.findByRole('article', { name: 'Answer by Anna Schmidt' });
    expect(card).toHaveTextContent('Marked as the solution by its author (staff)');
    expect(card).not.toHaveTextContent('Verified');
  });

  it('says the same in German', async () => {
    renderQuestion({ QuestionDetail: detailOf(acceptedAs('AUTHOR_STAFF', expert)) }, 'de');

    const card = await screen.findByRole('article', { name: 'Antwort von Anna Schmidt' });
    expect(card).toHaveTextContent('Vom Autor (Team) als Lösung markiert');
    expect(card).not.toHaveTextContent('Bestätigt');
  });

  it('calls staff accepting someone else’s answer verified, and the asker’s acceptance accepted', async () => {
    const verifier = { ...expert, id: 'user-other-expert', displayName: 'Lukas Brandt' };
    renderQuestion({ QuestionDetail: detailOf(acceptedAs('STAFF_VERIFIED', verifier)) });
    expect(
      await screen.findByRole('article', { name: 'Answer by Anna Schmidt' }),
    ).toHaveTextContent('Verified by Lukas Brandt, Support Engineer, Billing');
  });

  it('calls a staff asker accepting an answer accepted by the asker', async () => {
    renderQuestion({ QuestionDetail: detailOf(acceptedAs('ASKER', expert)) }, 'de');
    const card = await screen.findByRole('article', { name: 'Antwort von Anna Schmidt' });
    expect(card).toHaveTextContent('Von der fragenden Person akzeptiert');
    expect(card).not.toHaveTextContent('Bestätigt');
  });
});

describe('private details in the ask form', () => {
  const asked = {
    data: {
      askQuestion: { __typename: 'Question', id: 'question-7', slug: 'how-do-i-export-invoices' },
    },
  };

  function renderAsk(answers: Answers, language: 'en' | 'de' = 'en') {
    const stub = stubGraphql({
      Viewer: { data: { me: aViewer() } },
      Products: products,
      SimilarQuestions: { data: { similarQuestions: [] } },
      AskQuestion: asked,
      ...answers,
    });
    renderWithForum(<AskQuestion />, { fetch: stub.fetch, path: '/questions/ask', language });
    return stub;
  }

  async function fillIn(titleLabel = 'Title', productLabel = 'Product area') {
    await userEvent.type(
      await screen.findByLabelText(titleLabel),
      'How do I export all invoices at once?',
    );
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Billing & Invoices' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(screen.getByLabelText(productLabel), 'product-billing');
  }

  it('saves them after the question is posted, then opens the question', async () => {
    const { sent } = renderAsk({
      SetQuestionPrivateDetails: {
        data: {
          setQuestionPrivateDetails: {
            __typename: 'Question',
            id: 'question-7',
            privateDetails: { ...details, body: 'Order 4711' },
          },
        },
      },
    });
    await fillIn();
    const field = screen.getByLabelText('Private details (only you and staff can see this)');
    expect(field).toHaveAccessibleDescription(/Not shown to other members, not searchable/);
    await userEvent.type(field, 'Order 4711');
    await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/questions/question-7/how-do-i-export-invoices',
      ),
    );
    expect(sent('AskQuestion')[0]?.variables?.['input']).not.toHaveProperty('privateDetails');
    expect(sent('SetQuestionPrivateDetails')[0]?.variables).toEqual({
      input: { questionId: 'question-7', body: 'Order 4711' },
    });
  });

  it('sends nothing more when they are left empty, in German', async () => {
    const { sent } = renderAsk({}, 'de');
    await fillIn('Titel', 'Produktbereich');
    expect(
      screen.getByLabelText('Private Angaben (nur für Sie und das Team sichtbar)'),
    ).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Frage veröffentlichen' }));

    await waitFor(() => expect(sent('AskQuestion')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/questions/question-7'),
    );
    expect(sent('SetQuestionPrivateDetails')).toHaveLength(0);
  });

  it('refuses text over the limit before posting anything', async () => {
    const { sent } = renderAsk({});
    await fillIn();
    const field = screen.getByLabelText('Private details (only you and staff can see this)');
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(4001));
    await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

    expect(field).toHaveAccessibleDescription(
      /Private details can be at most 4,000 characters long\./,
    );
    expect(sent('AskQuestion')).toHaveLength(0);
  });

  it('still opens the posted question when saving them fails', async () => {
    const { sent } = renderAsk({ SetQuestionPrivateDetails: graphqlError('UNKNOWN') });
    await fillIn();
    await userEvent.type(
      screen.getByLabelText('Private details (only you and staff can see this)'),
      'Order 4711',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Post your question' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/questions/question-7'),
    );
    expect(sent('SetQuestionPrivateDetails')).toHaveLength(1);
  });
});
