import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  renderWithForum,
  stubGraphql,
  unsafeParts,
  viewerAs,
  XSS_PAYLOADS,
  type Answers,
} from '@forum/web/testing';
import { IdeaPage } from '../idea/IdeaPage';

/** Ids are unique; the corpus spells one payload twice. */
const payloads = [...new Set(XSS_PAYLOADS)];
/** What a one-line text field keeps of a payload: browsers drop its line breaks. */
const oneLine = (payload: string) => payload.replace(/[\r\n]/g, '');

const idea = (overrides: Record<string, unknown> = {}) => ({
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
  linkedQuestions: [],
  ...overrides,
});

const organisation = (name: string, index: number) => ({
  __typename: 'Organisation',
  id: `org-${index}`,
  name,
});

function organisationVotes(recorded: boolean) {
  return {
    data: {
      organisations: payloads.map(organisation),
      idea: {
        __typename: 'Idea',
        id: 'idea-1',
        votes: recorded
          ? payloads.map((name, index) => ({
              __typename: 'IdeaVote',
              id: `v-${index}`,
              isRecordedForOrganisation: true,
              importance: 'CRITICAL',
              organisation: organisation(name, index),
            }))
          : [],
      },
    },
  };
}

const hit = (type: 'IDEA' | 'QUESTION', title: string, index: number) => ({
  __typename: 'SearchHit',
  type,
  idea:
    type === 'IDEA'
      ? { __typename: 'Idea', id: `idea-${index + 10}`, title, status: 'PLANNED' }
      : null,
  question:
    type === 'QUESTION'
      ? { __typename: 'Question', id: `q-${index + 10}`, title, slug: 'slug' }
      : null,
});

const searchAnswer = (variables: { types: string[] }) => ({
  data: {
    search: {
      __typename: 'SearchResults',
      hits: payloads.map((title, index) =>
        hit(variables.types[0] as 'IDEA' | 'QUESTION', title, index),
      ),
    },
  },
});

function renderIdea(answers: Answers) {
  const api = stubGraphql({
    Viewer: viewerAs('PRODUCT_MANAGER'),
    IdeaDetail: { data: { idea: idea() } },
    IdeaOrganisationVotes: organisationVotes(false),
    IdeaNotes: { data: { idea: { __typename: 'Idea', id: 'idea-1', internalNotes: [] } } },
    CurationSearch: searchAnswer,
    ...answers,
  });
  return renderWithForum(<IdeaPage id="idea-1" />, {
    fetch: api.fetch,
    path: '/ideas/idea-1',
    routePath: '/ideas/:id',
  });
}

const panel = (name: string) => screen.findByRole('region', { name });
const successIn = (region: HTMLElement) =>
  region.querySelector('.forum-alert--success')?.textContent;

async function search(region: HTMLElement) {
  const box = within(region).getByRole('searchbox');
  fireEvent.change(box, { target: { value: 'x' } });
  fireEvent.submit(box.closest('form') as HTMLFormElement);
  const choices = await within(region).findByRole('group', { name: 'Choose one' });
  return [...choices.querySelectorAll('label')];
}

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

describe('curating an idea and cross-site scripting', () => {
  afterEach(() => expect(alert).not.toHaveBeenCalled());

  it('shows every payload as text as a linked question and as a recorded organisation', async () => {
    const { container } = renderIdea({
      IdeaDetail: {
        data: {
          idea: idea({
            viewerVote: { __typename: 'IdeaVote', importance: null, reason: payloads[0] },
            linkedQuestions: payloads.map((title, index) => ({
              __typename: 'Question',
              id: `q-${index}`,
              title,
              slug: 'slug',
            })),
          }),
        },
      },
      IdeaOrganisationVotes: organisationVotes(true),
    });

    const questions = await panel('Questions asking for this');
    const votes = await panel('Votes recorded for organisations');
    await within(votes).findByRole('list', { name: 'Organisations with a recorded vote' });
    expect(unsafeParts(container)).toEqual([]);

    const links = [...questions.querySelectorAll('li a')];
    expect(links.map((link) => link.textContent)).toEqual(payloads);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      payloads.map((_title, index) => `/questions/q-${index}/slug`),
    );
    expect(
      [...questions.querySelectorAll('li button .forum-visually-hidden')].map(
        (hidden) => hidden.textContent,
      ),
    ).toEqual(payloads.map((title) => ` ${title}`));
    expect([...votes.querySelectorAll('li > span')].map((name) => name.textContent)).toEqual(
      payloads.map((name) => `${name} · Critical`),
    );
    expect(
      [
        ...within(votes)
          .getByRole('combobox', { name: /^Organisation/ })
          .querySelectorAll('option'),
      ]
        .slice(1)
        .map((option) => option.textContent),
    ).toEqual(payloads);
  });

  it('shows every payload as text as the reason of the reader’s own vote', async () => {
    for (const reason of payloads) {
      const view = renderIdea({
        Viewer: viewerAs('MEMBER'),
        IdeaDetail: {
          data: {
            idea: idea({
              viewerVote: { __typename: 'IdeaVote', importance: null, reason },
            }),
          },
        },
      });
      // The reader's own vote, not the form that records one for an organisation.
      const [field] = (await screen.findAllByRole('textbox', { name: /^Why\?/ })).filter(
        (box) => !box.closest('form[aria-label="Record a vote for an organisation"]'),
      );
      expect(field).toHaveValue(oneLine(reason));
      expect(unsafeParts(view.container)).toEqual([]);
      view.unmount();
    }
  });

  it('shows every payload as text among the ideas to merge into and on the merge button', async () => {
    renderIdea({});
    const merge = await panel('Merge into another idea');
    const choices = await search(merge);
    expect(unsafeParts(document.body)).toEqual([]);
    expect(choices.map((choice) => choice.textContent)).toEqual(payloads);

    for (const [index, title] of payloads.entries()) {
      fireEvent.click(choices[index]?.querySelector('input') as HTMLInputElement);
      expect(
        merge.querySelector('.forum-button--danger, button[class*="danger"]')?.textContent,
      ).toBe(`Merge into “${title}”`);
    }
    expect(unsafeParts(document.body)).toEqual([]);
  });

  it('shows every payload as text among the questions to link and in the message after linking', async () => {
    renderIdea({
      LinkQuestionToIdea: {
        data: {
          linkQuestionToIdea: {
            __typename: 'Idea',
            id: 'idea-1',
            askerCount: 0,
            linkedQuestionCount: 0,
            linkedQuestions: [],
          },
        },
      },
    });
    const questions = await panel('Questions asking for this');
    const choices = await search(questions);
    expect(unsafeParts(document.body)).toEqual([]);
    expect(choices.map((choice) => choice.textContent)).toEqual(payloads);

    const link = within(questions).getByRole('button', { name: 'Link question' });
    for (const [index, title] of payloads.entries()) {
      fireEvent.click(choices[index]?.querySelector('input') as HTMLInputElement);
      fireEvent.click(link);
      await waitFor(() => expect(successIn(questions)).toBe(`“${title}” is now linked.`));
    }
    expect(unsafeParts(document.body)).toEqual([]);
  });

  it('shows every payload as text in the message after recording an organisation’s vote', async () => {
    renderIdea({
      RecordOrganisationVote: {
        data: {
          recordOrganisationVote: {
            __typename: 'Idea',
            id: 'idea-1',
            voteCount: 5,
            organisationCount: 2,
          },
        },
      },
    });
    const votes = await panel('Votes recorded for organisations');
    const select = await within(votes).findByRole('combobox', { name: /^Organisation/ });
    await waitFor(() =>
      expect(select.querySelectorAll('option')).toHaveLength(payloads.length + 1),
    );
    const form = within(votes).getByRole('form', { name: 'Record a vote for an organisation' });

    for (const [index, name] of payloads.entries()) {
      fireEvent.change(select, { target: { value: `org-${index}` } });
      fireEvent.submit(form);
      await waitFor(() => expect(successIn(votes)).toBe(`The vote of ${name} has been recorded.`));
    }
    expect(unsafeParts(document.body)).toEqual([]);
  });
});
