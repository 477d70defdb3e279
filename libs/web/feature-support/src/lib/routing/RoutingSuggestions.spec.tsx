import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { renderWithForum, stubGraphql, viewerAs, type Answers } from '@forum/web/testing';
import { QuestionSupportSidebar } from '../components/QuestionSupportSidebar';

function renderSidebar(answers: Answers, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({
    QuestionSupportCase: {
      data: { question: { __typename: 'Question', id: 'question-1', supportCase: null } },
    },
    ...answers,
  });
  renderWithForum(<QuestionSupportSidebar questionId="question-1" />, {
    fetch: stub.fetch,
    language,
  });
  return stub;
}

const suggestion = (
  id: string,
  displayName: string,
  fields: {
    audience: 'EXPERT' | 'COMMUNITY';
    rank: number;
    solvedSimilar: number;
    answeredInArea: number;
    areaName?: string | null;
  },
) => ({
  __typename: 'RoutingSuggestion',
  user: { __typename: 'User', id, displayName },
  areaName: 'Billing',
  ...fields,
});

const suggestions = {
  data: {
    question: {
      __typename: 'Question',
      id: 'question-1',
      routingSuggestions: [
        suggestion('user-anna', 'Anna Schmidt', {
          audience: 'EXPERT',
          rank: 1,
          solvedSimilar: 4,
          answeredInArea: 7,
        }),
        suggestion('user-lukas', 'Lukas Brandt', {
          audience: 'EXPERT',
          rank: 2,
          solvedSimilar: 0,
          answeredInArea: 1,
        }),
        suggestion('user-sam', 'Sam Okafor', {
          audience: 'EXPERT',
          rank: 3,
          solvedSimilar: 0,
          answeredInArea: 0,
        }),
        suggestion('user-tom', 'Tom Becker', {
          audience: 'COMMUNITY',
          rank: 1,
          solvedSimilar: 1,
          answeredInArea: 2,
        }),
      ],
    },
  },
};

describe('the suggested experts on the question page', () => {
  it('shows staff who solved similar questions, experts apart from the community, with why', async () => {
    const { sent } = renderSidebar({
      Viewer: viewerAs('EXPERT'),
      QuestionRoutingSuggestions: suggestions,
    });
    const box = await screen.findByRole('complementary', { name: 'Suggested experts' });
    expect(sent('QuestionRoutingSuggestions')[0]?.variables).toEqual({ id: 'question-1' });

    const experts = within(box).getByRole('region', { name: 'Experts' });
    const rows = within(experts).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(experts).getByRole('link', { name: 'Anna Schmidt' })).toHaveAttribute(
      'href',
      '/users/user-anna',
    );
    expect(rows[0]).toHaveTextContent('Anna Schmidt Expert solved 4 similar questions in Billing');
    expect(rows[1]).toHaveTextContent('answered 1 question in Billing');
    expect(rows[2]).toHaveTextContent('covers Billing');

    const community = within(box).getByRole('region', { name: 'Trusted community members' });
    expect(within(community).getByRole('listitem')).toHaveTextContent(
      'Tom Becker Community solved 1 similar question in Billing',
    );
    // Assigning comes with the support desk; the box only suggests.
    expect(within(box).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when nobody answered questions like it, in German', async () => {
    renderSidebar(
      {
        Viewer: viewerAs('MODERATOR'),
        QuestionRoutingSuggestions: {
          data: { question: { __typename: 'Question', id: 'question-1', routingSuggestions: [] } },
        },
      },
      'de',
    );
    const box = await screen.findByRole('complementary', {
      name: 'Vorgeschlagene Expertinnen und Experten',
    });
    expect(
      within(box).getByText(
        'Noch keine Vorschläge: Niemand hat bisher ähnliche Fragen beantwortet.',
      ),
    ).toBeInTheDocument();
  });

  it('explains a suggestion in German', async () => {
    renderSidebar({ Viewer: viewerAs('ADMIN'), QuestionRoutingSuggestions: suggestions }, 'de');
    const box = await screen.findByRole('complementary', {
      name: 'Vorgeschlagene Expertinnen und Experten',
    });
    expect(within(box).getAllByRole('listitem')[0]).toHaveTextContent(
      'hat 4 ähnliche Fragen in Billing gelöst',
    );
  });

  it('neither shows nor asks for suggestions for members and product managers', async () => {
    for (const role of ['MEMBER', 'PRODUCT_MANAGER']) {
      const { sent } = renderSidebar({
        Viewer: viewerAs(role),
        QuestionRoutingSuggestions: suggestions,
      });
      await waitFor(() => expect(sent('Viewer')).toHaveLength(1));
      expect(
        screen.queryByRole('complementary', { name: 'Suggested experts' }),
      ).not.toBeInTheDocument();
      expect(sent('QuestionRoutingSuggestions')).toEqual([]);
      cleanup();
    }
  });
});
