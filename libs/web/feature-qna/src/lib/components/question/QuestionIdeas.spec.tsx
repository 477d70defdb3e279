import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { graphqlError, renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { aQuestion, aViewer, detailOf } from '../../testing/fixtures';
import { QuestionPage } from './QuestionPage';

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

const linked = aQuestion({
  linkedIdeas: [
    { __typename: 'Idea', id: 'idea-1', title: 'Bulk PDF export of invoices', status: 'PLANNED' },
  ],
});
const signedInAs = (role: string) => ({
  data: { me: aViewer({ role, isStaff: role !== 'MEMBER' }) },
});
const ideaHits = {
  data: {
    search: {
      __typename: 'SearchResults',
      hits: [
        {
          __typename: 'SearchHit',
          idea: {
            __typename: 'Idea',
            id: 'idea-1',
            title: 'Bulk PDF export of invoices',
            status: 'PLANNED',
          },
        },
        {
          __typename: 'SearchHit',
          idea: {
            __typename: 'Idea',
            id: 'idea-2',
            title: 'Invoice archive download',
            status: 'UNDER_REVIEW',
          },
        },
      ],
    },
  },
};

describe('the feature ideas on the question page', () => {
  it('lists the linked ideas with their status for every reader, without controls', async () => {
    renderQuestion({ QuestionDetail: detailOf(linked) });
    const ideas = await screen.findByRole('complementary', {
      name: 'Feature ideas this question asks for',
    });
    expect(
      within(ideas).getByRole('link', { name: 'Bulk PDF export of invoices' }),
    ).toHaveAttribute('href', '/ideas/idea-1');
    expect(within(ideas).getByText('Planned')).toBeInTheDocument();
    expect(within(ideas).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows nothing to readers when the question is linked to no idea', async () => {
    renderQuestion({ QuestionDetail: detailOf(aQuestion()), Viewer: signedInAs('MEMBER') });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(
      screen.queryByRole('complementary', { name: 'Feature ideas this question asks for' }),
    ).not.toBeInTheDocument();
  });

  it('lets an expert find an idea, link the question to it, and remove a link', async () => {
    const user = userEvent.setup();
    const { sent } = renderQuestion({
      Viewer: signedInAs('EXPERT'),
      QuestionDetail: detailOf(linked),
      QuestionIdeaSearch: ideaHits,
      LinkIdeaFromQuestion: {
        data: {
          linkQuestionToIdea: { __typename: 'Idea', id: 'idea-2', linkedQuestionCount: 1 },
        },
      },
      UnlinkIdeaFromQuestion: {
        data: {
          unlinkQuestionFromIdea: { __typename: 'Idea', id: 'idea-1', linkedQuestionCount: 0 },
        },
      },
    });
    const ideas = await screen.findByRole('complementary', {
      name: 'Feature ideas this question asks for',
    });
    const link = within(ideas).getByRole('button', { name: 'Link to this idea' });
    expect(link).toBeDisabled();
    await user.type(within(ideas).getByRole('searchbox', { name: 'Find the idea' }), 'pdf{Enter}');
    const choices = await within(ideas).findByRole('group', { name: 'Choose the idea' });
    // The idea it is linked to already is not offered again.
    expect(within(choices).getAllByRole('radio')).toHaveLength(1);
    await user.click(within(choices).getByRole('radio', { name: 'Invoice archive download' }));
    await user.click(link);
    await waitFor(() =>
      expect(sent('LinkIdeaFromQuestion')[0]?.variables).toEqual({
        input: { ideaId: 'idea-2', questionId: 'question-1' },
      }),
    );
    expect(sent('QuestionIdeaSearch')[0]?.variables).toEqual({ query: 'pdf' });

    await user.click(
      within(ideas).getByRole('button', { name: 'Remove link Bulk PDF export of invoices' }),
    );
    await waitFor(() =>
      expect(sent('UnlinkIdeaFromQuestion')[0]?.variables).toEqual({
        input: { ideaId: 'idea-1', questionId: 'question-1' },
      }),
    );
  });

  it('says in German why linking failed', async () => {
    const user = userEvent.setup();
    renderQuestion(
      {
        Viewer: signedInAs('PRODUCT_MANAGER'),
        QuestionDetail: detailOf(aQuestion()),
        QuestionIdeaSearch: ideaHits,
        LinkIdeaFromQuestion: graphqlError('IDEA_MERGED', { code: 'CONFLICT' }),
      },
      'de',
    );
    const ideas = await screen.findByRole('complementary', {
      name: 'Ideen, nach denen diese Frage fragt',
    });
    expect(within(ideas).getByText('Noch mit keiner Idee verknüpft.')).toBeInTheDocument();
    await user.type(within(ideas).getByRole('searchbox', { name: 'Idee suchen' }), 'pdf{Enter}');
    await user.click(await within(ideas).findByRole('radio', { name: 'Invoice archive download' }));
    await user.click(within(ideas).getByRole('button', { name: 'Mit dieser Idee verknüpfen' }));
    expect(
      await within(ideas).findByText(
        'Diese Idee wurde mit einer anderen zusammengeführt. Bitte verknüpfen Sie die Idee, zu der sie führt.',
      ),
    ).toBeInTheDocument();
  });

  it('offers moderators no linking: their role does not include it', async () => {
    renderQuestion({ Viewer: signedInAs('MODERATOR'), QuestionDetail: detailOf(linked) });
    const ideas = await screen.findByRole('complementary', {
      name: 'Feature ideas this question asks for',
    });
    expect(within(ideas).queryByRole('searchbox')).not.toBeInTheDocument();
  });
});
