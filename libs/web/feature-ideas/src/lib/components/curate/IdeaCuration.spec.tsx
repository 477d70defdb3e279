import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  graphqlError,
  renderWithForum,
  settle,
  stubGraphql,
  viewerAs,
  type Answers,
} from '@forum/web/testing';
import { IdeaPage } from '../idea/IdeaPage';

const idea = {
  __typename: 'Idea',
  id: 'idea-1',
  title: 'Keep number formats in Excel exports',
  description: 'Amounts should stay numbers.',
  status: 'UNDER_REVIEW',
  voteCount: 4,
  organisationCount: 1,
  commentCount: 0,
  askerCount: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  mergedInto: null,
  author: { __typename: 'User', id: 'u-2', displayName: 'Mehmet Yilmaz' },
  product: { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
  viewerVote: null,
  statusHistory: [],
  comments: [],
  linkedQuestions: [
    {
      __typename: 'Question',
      id: 'q-1',
      title: 'Excel loses formats',
      slug: 'excel-loses-formats',
    },
  ],
};

const organisationVotes = {
  data: {
    organisations: [
      { __typename: 'Organisation', id: 'org-1', name: 'Nordwind Logistik GmbH' },
      { __typename: 'Organisation', id: 'org-2', name: 'Acme Corp' },
    ],
    idea: {
      __typename: 'Idea',
      id: 'idea-1',
      votes: [
        {
          __typename: 'IdeaVote',
          id: 'v-1',
          isRecordedForOrganisation: true,
          importance: 'CRITICAL',
          organisation: { __typename: 'Organisation', id: 'org-2', name: 'Acme Corp' },
        },
        {
          __typename: 'IdeaVote',
          id: 'v-2',
          isRecordedForOrganisation: false,
          importance: null,
          organisation: { __typename: 'Organisation', id: 'org-1', name: 'Nordwind Logistik GmbH' },
        },
      ],
    },
  },
};

const hit = (type: 'IDEA' | 'QUESTION', id: string, title: string) => ({
  __typename: 'SearchHit',
  type,
  idea: type === 'IDEA' ? { __typename: 'Idea', id, title, status: 'PLANNED' } : null,
  question: type === 'QUESTION' ? { __typename: 'Question', id, title, slug: 'slug' } : null,
});

const searchAnswer = (variables: { types: string[] }) => ({
  data: {
    search: {
      __typename: 'SearchResults',
      hits:
        variables.types[0] === 'IDEA'
          ? [
              hit('IDEA', 'idea-1', 'Keep number formats in Excel exports'),
              hit('IDEA', 'idea-9', 'Excel export with real numbers'),
            ]
          : [
              hit('QUESTION', 'q-1', 'Excel loses formats'),
              hit('QUESTION', 'q-2', 'Numbers turn into text in XLSX'),
            ],
    },
  },
});

function renderIdea(answers: Answers, language: 'en' | 'de' = 'en') {
  const api = stubGraphql({ IdeaDetail: { data: { idea } }, ...answers });
  renderWithForum(<IdeaPage id="idea-1" />, {
    fetch: api.fetch,
    path: '/ideas/idea-1',
    routePath: '/ideas/:id',
    language,
  });
  return api;
}

const panel = (name: string) => screen.findByRole('region', { name });

describe('curating an idea', () => {
  it('shows members the linked questions but none of the staff tools', async () => {
    const api = renderIdea({ Viewer: viewerAs('MEMBER') });
    await settle();
    expect(await screen.findByRole('link', { name: 'Excel loses formats' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Merge into another idea' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Votes recorded for organisations' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove link/ })).toBeNull();
    expect(api.sent('IdeaOrganisationVotes')).toHaveLength(0);
  });

  it('lets experts link and unlink questions, but not merge or record organisation votes', async () => {
    const user = userEvent.setup();
    const linkedAnswer = (linkedQuestions: unknown[]) => ({
      __typename: 'Idea',
      id: 'idea-1',
      askerCount: linkedQuestions.length,
      linkedQuestionCount: linkedQuestions.length,
      linkedQuestions,
    });
    const api = renderIdea({
      Viewer: viewerAs('EXPERT'),
      CurationSearch: searchAnswer,
      LinkQuestionToIdea: { data: { linkQuestionToIdea: linkedAnswer([]) } },
      UnlinkQuestionFromIdea: { data: { unlinkQuestionFromIdea: linkedAnswer([]) } },
    });
    const questions = await panel('Questions asking for this');
    expect(screen.queryByRole('region', { name: 'Merge into another idea' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Votes recorded for organisations' })).toBeNull();

    await user.type(
      within(questions).getByRole('searchbox', { name: 'Find a question that asks for this idea' }),
      'xlsx{Enter}',
    );
    const choices = await within(questions).findByRole('group', { name: 'Choose one' });
    expect(within(choices).getAllByRole('radio')).toHaveLength(1);
    await user.click(
      within(choices).getByRole('radio', { name: 'Numbers turn into text in XLSX' }),
    );
    await user.click(within(questions).getByRole('button', { name: 'Link question' }));
    expect(
      await within(questions).findByText('“Numbers turn into text in XLSX” is now linked.'),
    ).toBeInTheDocument();
    expect(api.sent('LinkQuestionToIdea')[0]?.variables).toEqual({
      input: { ideaId: 'idea-1', questionId: 'q-2' },
    });
    expect(api.sent('CurationSearch')[0]?.variables).toEqual({
      query: 'xlsx',
      types: ['QUESTION'],
    });

    await user.click(
      within(questions).getByRole('button', { name: 'Remove link Excel loses formats' }),
    );
    await waitFor(() =>
      expect(api.sent('UnlinkQuestionFromIdea')[0]?.variables).toEqual({
        input: { ideaId: 'idea-1', questionId: 'q-1' },
      }),
    );
  });

  it('lets a product manager merge the idea into one found by search, and goes there', async () => {
    const user = userEvent.setup();
    const api = renderIdea({
      Viewer: viewerAs('PRODUCT_MANAGER'),
      IdeaOrganisationVotes: organisationVotes,
      IdeaNotes: { data: { idea: { __typename: 'Idea', id: 'idea-1', internalNotes: [] } } },
      CurationSearch: searchAnswer,
      MergeIdea: {
        data: {
          mergeIdea: {
            __typename: 'Idea',
            id: 'idea-9',
            title: 'Excel export with real numbers',
            voteCount: 9,
            commentCount: 0,
          },
        },
      },
    });
    const merge = await panel('Merge into another idea');
    const submit = within(merge).getByRole('button', { name: 'Merge' });
    expect(submit).toBeDisabled();
    await user.type(
      within(merge).getByRole('searchbox', { name: 'Find the idea to merge into' }),
      'excel{Enter}',
    );
    // The idea itself is never offered as its own target.
    const choices = await within(merge).findByRole('group', { name: 'Choose one' });
    expect(within(choices).getAllByRole('radio')).toHaveLength(1);
    await user.click(
      within(choices).getByRole('radio', { name: 'Excel export with real numbers' }),
    );
    await user.click(
      within(merge).getByRole('button', { name: 'Merge into “Excel export with real numbers”' }),
    );
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/ideas/idea-9'));
    expect(api.sent('MergeIdea')[0]?.variables).toEqual({
      input: { sourceId: 'idea-1', targetId: 'idea-9' },
    });
  });

  it('says in words why a merge failed', async () => {
    const user = userEvent.setup();
    renderIdea({
      Viewer: viewerAs('ADMIN'),
      IdeaOrganisationVotes: organisationVotes,
      IdeaNotes: { data: { idea: { __typename: 'Idea', id: 'idea-1', internalNotes: [] } } },
      CurationSearch: searchAnswer,
      MergeIdea: graphqlError('INVALID_MERGE'),
    });
    const merge = await panel('Merge into another idea');
    await user.type(within(merge).getByRole('searchbox'), 'excel{Enter}');
    await user.click(await within(merge).findByRole('radio'));
    await user.click(within(merge).getByRole('button', { name: /^Merge into/ }));
    expect(
      await within(merge).findByText(
        'An idea cannot be merged into itself or into an idea that was merged away.',
      ),
    ).toBeInTheDocument();
  });

  it('records a vote for an organisation and removes a recorded one, in German', async () => {
    const user = userEvent.setup();
    const counts = { __typename: 'Idea', id: 'idea-1', voteCount: 5, organisationCount: 2 };
    const api = renderIdea(
      {
        Viewer: viewerAs('PRODUCT_MANAGER'),
        IdeaOrganisationVotes: organisationVotes,
        IdeaNotes: { data: { idea: { __typename: 'Idea', id: 'idea-1', internalNotes: [] } } },
        RecordOrganisationVote: { data: { recordOrganisationVote: counts } },
        RemoveOrganisationVote: graphqlError('ORGANISATION_NOT_FOUND', { code: 'NOT_FOUND' }),
      },
      'de',
    );
    const votes = await panel('Für Organisationen erfasste Stimmen');
    // Only votes staff recorded are listed, not those customers cast themselves.
    const recorded = await within(votes).findByRole('list', {
      name: 'Organisationen mit erfasster Stimme',
    });
    expect(within(recorded).getAllByRole('listitem')).toHaveLength(1);
    expect(within(recorded).getByText('Acme Corp · Unverzichtbar')).toBeInTheDocument();

    await user.selectOptions(within(votes).getByLabelText('Organisation'), 'org-1');
    await user.selectOptions(within(votes).getByLabelText(/Wie wichtig/), 'IMPORTANT');
    await user.type(within(votes).getByLabelText(/Warum/), 'Heard on the QBR call');
    await user.click(within(votes).getByRole('button', { name: 'Stimme erfassen' }));
    expect(
      await within(votes).findByText('Die Stimme von Nordwind Logistik GmbH wurde erfasst.'),
    ).toBeInTheDocument();
    expect(api.sent('RecordOrganisationVote')[0]?.variables).toEqual({
      input: {
        ideaId: 'idea-1',
        organisationId: 'org-1',
        importance: 'IMPORTANT',
        reason: 'Heard on the QBR call',
      },
    });

    await user.click(within(votes).getByRole('button', { name: 'Entfernen Acme Corp' }));
    expect(
      await within(votes).findByText('Diese Organisation gibt es nicht (mehr).'),
    ).toBeInTheDocument();
    expect(api.sent('RemoveOrganisationVote')[0]?.variables).toEqual({
      input: { ideaId: 'idea-1', organisationId: 'org-2' },
    });
  });
});
