import { cleanup, screen, within } from '@testing-library/react';
import { useParams } from 'react-router';
import { renderWithForum, stubGraphql, type Answers } from '@forum/web/testing';
import { QuestionPage } from '../components/question/QuestionPage';
import { aQuestion, aViewer, detailOf } from '../testing/fixtures';

function QuestionRoute() {
  const { id = '', slug } = useParams();
  return <QuestionPage id={id} slug={slug} />;
}

function renderQuestion(answers: Answers, language: 'en' | 'de' = 'en') {
  const stub = stubGraphql({ QuestionDetail: detailOf(aQuestion()), ...answers });
  renderWithForum(<QuestionRoute />, {
    fetch: stub.fetch,
    language,
    path: `/questions/question-1/${aQuestion().slug}`,
    routePath: '/questions/:id/:slug?',
  });
  return stub;
}

const signedInAs = (role: string) => ({
  data: { me: aViewer({ role, isStaff: role !== 'MEMBER' }) },
});

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
    const { sent } = renderQuestion({
      Viewer: signedInAs('EXPERT'),
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
    renderQuestion(
      {
        Viewer: signedInAs('MODERATOR'),
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
    renderQuestion({ Viewer: signedInAs('ADMIN'), QuestionRoutingSuggestions: suggestions }, 'de');
    const box = await screen.findByRole('complementary', {
      name: 'Vorgeschlagene Expertinnen und Experten',
    });
    expect(within(box).getAllByRole('listitem')[0]).toHaveTextContent(
      'hat 4 ähnliche Fragen in Billing gelöst',
    );
  });

  it('neither shows nor asks for suggestions for members and product managers', async () => {
    for (const role of ['MEMBER', 'PRODUCT_MANAGER']) {
      const { sent } = renderQuestion({
        Viewer: signedInAs(role),
        QuestionRoutingSuggestions: suggestions,
      });
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      expect(
        screen.queryByRole('complementary', { name: 'Suggested experts' }),
      ).not.toBeInTheDocument();
      expect(sent('QuestionRoutingSuggestions')).toEqual([]);
      cleanup();
    }
  });
});
