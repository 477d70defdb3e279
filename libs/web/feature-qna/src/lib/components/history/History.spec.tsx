import { screen, within } from '@testing-library/react';
import { renderWithForum, stubGraphql } from '@forum/web/testing';
import { anAnswer, asker, expert, aPerson } from '../../testing/fixtures';
import { AnswerHistory } from './AnswerHistory';
import { QuestionHistory } from './QuestionHistory';

const editorJana = asker;

function revision(overrides: Record<string, unknown>) {
  return {
    __typename: 'Revision',
    id: 'revision-1',
    editedAt: '2026-03-02T10:00:00.000Z',
    previousTitle: null,
    previousBody: '',
    previousTags: null,
    editor: editorJana,
    ...overrides,
  };
}

const history = {
  data: {
    question: {
      __typename: 'Question',
      id: 'question-1',
      slug: 'how-do-i-export-all-invoices-as-pdf',
      title: 'How do I export all invoices as PDF?',
      body: 'I need every invoice of 2025 as one ZIP file.',
      tags: ['invoices', 'pdf'],
      createdAt: '2026-03-01T09:00:00.000Z',
      author: asker,
    },
    // Newest first, each holding the text before its edit.
    revisions: [
      revision({
        id: 'revision-2',
        editedAt: '2026-03-03T10:00:00.000Z',
        editor: expert,
        previousTitle: 'How to export invoices',
        previousBody: 'I need every invoice of 2025.',
        previousTags: ['invoices'],
      }),
      revision({
        id: 'revision-1',
        editor: editorJana,
        previousTitle: 'How to export invoices',
        previousBody: 'I need all invoices.',
        previousTags: ['invoices'],
      }),
    ],
  },
};

const version = (number: number) => screen.getByTestId(`version-${number}`);
const inserted = (element: HTMLElement) =>
  [...element.querySelectorAll('ins')].map((node) => node.textContent);
const removed = (element: HTMLElement) =>
  [...element.querySelectorAll('del')].map((node) => node.textContent);

describe('QuestionHistory', () => {
  it('shows every version with a word diff against the one before, and who made it', async () => {
    const { fetch, sent } = stubGraphql({ QuestionHistory: history });

    renderWithForum(<QuestionHistory id="question-1" />, {
      fetch,
      path: '/questions/question-1/history',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to the question' })).toHaveAttribute(
      'href',
      '/questions/question-1/how-do-i-export-all-invoices-as-pdf',
    );
    expect(sent('QuestionHistory')[0]?.variables).toEqual({ id: 'question-1' });

    const newest = version(3);
    expect(within(newest).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Version 3 · current',
    );
    expect(newest).toHaveTextContent('Edited by Anna Schmidt · Support Engineer, Billing · Staff');
    expect(removed(newest)).toEqual(['[removed: to]']);
    expect(inserted(newest)).toEqual([
      '[added: do]',
      '[added: I ]',
      '[added: all ]',
      '[added:  as PDF?]',
      '[added: pdf]',
      '[added:  as one ZIP file]',
    ]);

    const middle = version(2);
    expect(middle).toHaveTextContent('Edited by Jana Hoffmann');
    expect(within(middle).queryByRole('heading', { name: 'Title' })).not.toBeInTheDocument();
    expect(removed(middle)).toEqual(['[removed: all]', '[removed: invoices]']);
    expect(inserted(middle)).toEqual(['[added: every]', '[added: invoice of 2025]']);

    const original = version(1);
    expect(original).toHaveTextContent('Written by Jana Hoffmann');
    expect(original).toHaveTextContent('How to export invoices');
    expect(original).toHaveTextContent('I need all invoices.');
    expect(original.querySelector('ins, del')).toBeNull();
  });
});

describe('AnswerHistory', () => {
  it('shows an answer that was never edited as its only version', async () => {
    const { fetch } = stubGraphql({
      AnswerHistory: {
        data: {
          question: {
            __typename: 'Question',
            id: 'question-1',
            slug: 'how-do-i-export',
            title: 'How do I export?',
            answers: [anAnswer({ author: aPerson({ id: 'user-9', displayName: 'Tom Becker' }) })],
          },
          revisions: [],
        },
      },
    });

    renderWithForum(<AnswerHistory questionId="question-1" answerId="answer-1" />, {
      fetch,
      path: '/questions/question-1/answers/answer-1/history',
      language: 'de',
    });

    expect(await screen.findByText('Dieser Beitrag wurde nicht bearbeitet.')).toBeInTheDocument();
    expect(version(1)).toHaveTextContent('Verfasst von Tom Becker');
    expect(version(1)).toHaveTextContent('Open **Billing → Invoices**');
    expect(screen.getByRole('link', { name: '← Zurück zur Frage' })).toHaveAttribute(
      'href',
      '/questions/question-1/how-do-i-export#answer-answer-1',
    );
  });
});
