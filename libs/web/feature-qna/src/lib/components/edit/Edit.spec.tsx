import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { anAnswer, asker, aViewer, customer } from '../../testing/fixtures';
import { EditAnswer } from './EditAnswer';
import { EditQuestion } from './EditQuestion';

const questionForEdit = {
  data: {
    question: {
      __typename: 'Question',
      id: 'question-1',
      slug: 'how-do-i-export-invoices',
      title: 'How do I export invoices?',
      body: 'Old details.',
      tags: ['invoices'],
      state: 'OPEN',
      isDeleted: false,
      author: { __typename: 'User', id: asker.id },
    },
  },
};

const answerForEdit = {
  data: {
    question: {
      __typename: 'Question',
      id: 'question-1',
      slug: 'how-do-i-export-invoices',
      title: 'How do I export invoices?',
      isDeleted: false,
      author: { __typename: 'User', id: asker.id },
      answers: [anAnswer({ body: 'Use the ZIP download under Billing.', author: customer })],
    },
  },
};

describe('EditQuestion', () => {
  it('saves title, tags and details and goes back to the question', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ id: asker.id }) } },
      QuestionForEdit: questionForEdit,
      EditQuestion: {
        data: {
          editQuestion: {
            __typename: 'Question',
            id: 'question-1',
            slug: 'how-do-i-export-all-invoices-at-once',
            title: 'How do I export all invoices at once?',
            body: 'New details.',
            tags: ['invoices', 'zip'],
          },
        },
      },
    });
    renderWithForum(<EditQuestion id="question-1" />, {
      fetch,
      path: '/questions/question-1/edit',
    });

    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('How do I export invoices?');
    expect(screen.queryByLabelText('Product area')).not.toBeInTheDocument();
    await userEvent.clear(title);
    await userEvent.type(title, 'How do I export all invoices at once?');
    await userEvent.type(screen.getByLabelText('Tags'), 'ZIP{Enter}');
    await userEvent.clear(screen.getByLabelText('Details'));
    await userEvent.type(screen.getByLabelText('Details'), 'New details.');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/questions/question-1/how-do-i-export-all-invoices-at-once',
      ),
    );
    expect(sent('EditQuestion')[0]?.variables).toEqual({
      input: {
        id: 'question-1',
        title: 'How do I export all invoices at once?',
        body: 'New details.',
        tags: ['invoices', 'zip'],
      },
    });
  });

  it('tells a member that this is someone else’s question', async () => {
    const { fetch } = stubGraphql({
      Viewer: { data: { me: aViewer({ id: 'user-other' }) } },
      QuestionForEdit: questionForEdit,
    });
    renderWithForum(<EditQuestion id="question-1" />, {
      fetch,
      path: '/questions/question-1/edit',
    });

    expect(
      await screen.findByRole('heading', { name: 'You cannot edit this' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
  });
});

describe('EditAnswer', () => {
  it('lets an expert edit someone’s answer and shows the API’s objection', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ id: 'user-expert-2', role: 'EXPERT', isStaff: true }) } },
      AnswerForEdit: answerForEdit,
      EditAnswer: graphqlError('NOT_ALLOWED_TO_EDIT', { code: 'FORBIDDEN' }),
    });
    renderWithForum(<EditAnswer questionId="question-1" answerId="answer-1" />, {
      fetch,
      path: '/questions/question-1/answers/answer-1/edit',
    });

    const body = await screen.findByLabelText('Answer');
    expect(body).toHaveValue('Use the ZIP download under Billing.');
    await userEvent.type(body, ' It takes a minute.');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You may not edit this post.');
    expect(sent('EditAnswer')[0]?.variables).toEqual({
      input: { id: 'answer-1', body: 'Use the ZIP download under Billing. It takes a minute.' },
    });
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute(
      'href',
      '/questions/question-1/how-do-i-export-invoices#answer-answer-1',
    );
  });
});
