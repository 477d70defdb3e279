// What the API returns, shaped like the real thing (ids, typenames), for the page specs.

export interface Personish {
  id?: string;
  displayName?: string;
  role?: string;
  isStaff?: boolean;
  staffTitle?: string | null;
  isDeleted?: boolean;
  reputation?: number;
  badges?: Array<{ __typename: 'BadgeAward'; id: string; tier: 'GOLD' | 'SILVER' | 'BRONZE' }>;
}

/** A person as posts show them. */
export function aPerson(overrides: Personish = {}) {
  return {
    __typename: 'User',
    id: 'user-asker',
    displayName: 'Jana Hoffmann',
    isStaff: false,
    staffTitle: null,
    isDeleted: false,
    reputation: 0,
    badges: [],
    ...overrides,
  };
}

/** The signed-in person as the Viewer query returns them. */
export function aViewer(overrides: Personish = {}) {
  return {
    __typename: 'User',
    id: 'user-viewer',
    displayName: 'Viktor Viewer',
    email: 'viktor@example.com',
    emailVerified: true,
    hasPassword: true,
    locale: 'EN',
    role: 'MEMBER',
    isStaff: false,
    staffTitle: null,
    ...overrides,
  };
}

export const asker = aPerson();
export const expert = aPerson({
  id: 'user-expert',
  displayName: 'Anna Schmidt',
  isStaff: true,
  staffTitle: 'Support Engineer, Billing',
  reputation: 1234,
  badges: [
    { __typename: 'BadgeAward', id: 'award-expert', tier: 'GOLD' },
    { __typename: 'BadgeAward', id: 'award-helpful', tier: 'BRONZE' },
  ],
});
export const customer = aPerson({ id: 'user-customer', displayName: 'Emily Carter' });

export const billing = {
  __typename: 'Product',
  id: 'product-billing',
  name: 'Billing & Invoices',
  slug: 'billing',
};
export const reporting = {
  __typename: 'Product',
  id: 'product-reporting',
  name: 'Reporting',
  slug: 'reporting',
};
export const products = { data: { products: [billing, reporting] } };

export function aComment(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Comment',
    id: 'comment-1',
    body: 'Thanks, that helped.',
    createdAt: '2026-03-02T10:00:00.000Z',
    author: customer,
    ...overrides,
  };
}

export function anAnswer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Answer',
    id: 'answer-1',
    body: 'Open **Billing → Invoices** and choose *Download as ZIP*.',
    score: 0,
    viewerVote: 0,
    viewerConfirmed: false,
    createdAt: '2026-03-01T12:00:00.000Z',
    hiddenReason: null as string | null,
    hiddenNote: null as string | null,
    confirmations: { __typename: 'Confirmations', people: 0, organisations: 0 },
    author: customer,
    comments: [],
    ...overrides,
  };
}

export function aQuestion(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Question',
    id: 'question-1',
    slug: 'how-do-i-download-all-invoices-as-pdf',
    title: 'How do I download all invoices as PDF?',
    body: 'Our accountant needs **every** invoice from 2025. Is there a [bulk export](https://example.com/docs)?',
    state: 'OPEN',
    score: 2,
    viewerVote: 0,
    viewerFollows: false,
    followerCount: 3,
    tags: ['invoices', 'pdf'],
    language: 'en',
    createdAt: '2026-03-01T09:00:00.000Z',
    lastActivityAt: '2026-03-02T10:00:00.000Z',
    viewCount: 12,
    answerCount: 0,
    isDeleted: false,
    closeReason: null,
    lockedAt: null as string | null,
    pinnedAt: null as string | null,
    hiddenReason: null as string | null,
    hiddenNote: null as string | null,
    duplicateOf: null,
    duplicates: [] as { __typename: string; id: string; slug: string; title: string }[],
    linkedIdeas: [] as { __typename: string; id: string; title: string; status: string }[],
    product: billing,
    author: asker,
    acceptedAnswerId: null,
    acceptedAt: null,
    acceptedBy: null,
    acceptance: null,
    privateDetails: null,
    comments: [] as ReturnType<typeof aComment>[],
    answers: [] as ReturnType<typeof anAnswer>[],
    ...overrides,
  };
}

/** The QuestionDetail answer for a question. */
export function detailOf(question: ReturnType<typeof aQuestion> | null) {
  return { data: { question } };
}

/** A question as the list shows it: no text, comments or answers. */
export function aQuestionRow(overrides: Record<string, unknown> = {}) {
  const question: Record<string, unknown> = aQuestion(overrides);
  for (const field of [
    'body',
    'comments',
    'answers',
    'viewerVote',
    'viewerFollows',
    'followerCount',
    'closeReason',
    'lockedAt',
    'hiddenNote',
  ]) {
    delete question[field];
  }
  return question as Omit<ReturnType<typeof aQuestion>, 'body' | 'comments' | 'answers'>;
}

/** Search highlights from text with the matched words in brackets: "Reset the [password]". */
export function marked(text: string) {
  return text
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('[')
        ? { __typename: 'TextSegment', text: part.slice(1, -1), match: true }
        : { __typename: 'TextSegment', text: part, match: false },
    );
}

/** A search hit: the question, its highlighted title and the passage that matched. */
export function aSearchHit(title: string, snippet: string, question: Record<string, unknown> = {}) {
  return {
    __typename: 'SearchHit',
    type: 'QUESTION',
    title: marked(title),
    snippet: marked(snippet),
    question: aQuestionRow({ title: title.replace(/[[\]]/g, ''), ...question }) as ReturnType<
      typeof aQuestionRow
    > | null,
    idea: null as Record<string, unknown> | null,
  };
}

/** A search hit for a feature idea; `[brackets]` in the title mark matched words. */
export function anIdeaHit(title: string, snippet: string, idea: Record<string, unknown> = {}) {
  return {
    ...aSearchHit(title, snippet),
    type: 'IDEA',
    question: null,
    idea: {
      __typename: 'Idea',
      id: 'idea-1',
      status: 'PLANNED',
      voteCount: 12,
      createdAt: '2026-03-01T10:00:00.000Z',
      product: { __typename: 'Product', id: 'product-reports', name: 'Reports' },
      ...idea,
    },
  };
}

interface FacetCounts {
  types?: Record<string, number>;
  ideaStatuses?: Record<string, number>;
  states?: Record<string, number>;
  products?: Record<string, number>;
  tags?: Record<string, number>;
}

/** The Search (or SearchPreview) answer for some hits. */
export function searchResults(
  hits: ReturnType<typeof aSearchHit>[],
  {
    total = hits.length,
    facets = {},
    endCursor = null,
  }: { total?: number; facets?: FacetCounts; endCursor?: string | null } = {},
) {
  const counts = (values: Record<string, number> = {}) =>
    Object.entries(values).map(([value, count]) => ({ __typename: 'FacetCount', value, count }));
  return {
    data: {
      search: {
        __typename: 'SearchResults',
        total,
        processingTimeMs: 3,
        hits,
        facets: {
          __typename: 'SearchFacets',
          types: counts(facets.types),
          ideaStatuses: counts(facets.ideaStatuses),
          states: counts(facets.states),
          products: counts(facets.products),
          tags: counts(facets.tags),
        },
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
      },
    },
  };
}

/** What the API answers while the search engine is down. */
export const searchUnavailable = {
  data: null,
  errors: [
    {
      message: 'Search is temporarily unavailable.',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SEARCH_UNAVAILABLE' },
    },
  ],
};
