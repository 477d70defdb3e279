// What the API returns for the people pages, shaped like the real thing.

export const solutionAuthor = {
  __typename: 'BadgeAward',
  id: 'award-1',
  badge: 'SOLUTION_AUTHOR',
  tier: 'SILVER',
  awardedAt: '2026-03-02T09:00:00.000Z',
  questionId: 'question-1',
  answerId: 'answer-1',
  ideaId: null,
  name: { __typename: 'LocalizedText', en: 'Solution Author', de: 'Lösungsautor' },
  description: {
    __typename: 'LocalizedText',
    en: '10 answers accepted as the solution.',
    de: '10 Antworten als Lösung akzeptiert.',
  },
  product: null,
};

export const productSpecialist = {
  ...solutionAuthor,
  id: 'award-2',
  badge: 'PRODUCT_SPECIALIST',
  tier: 'GOLD',
  questionId: null,
  answerId: null,
  name: { __typename: 'LocalizedText', en: 'Product Specialist', de: 'Produktspezialist' },
  product: { __typename: 'ReputationProduct', id: 'product-billing', name: 'Billing' },
};

export function aProfile(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'User',
    id: 'user-emily',
    displayName: 'Emily Carter',
    isStaff: false,
    staffTitle: null,
    expertAreas: { __typename: 'ExpertAreas', products: [], tags: [] },
    isDeleted: false,
    createdAt: '2025-11-01T09:00:00.000Z',
    reputation: 1234,
    trusted: null,
    activity: {
      __typename: 'UserActivity',
      questionCount: 3,
      answerCount: 12,
      acceptedCount: 10,
      products: [
        {
          __typename: 'ActiveProduct',
          id: 'product-billing',
          slug: 'billing',
          name: 'Billing',
          posts: 11,
        },
        {
          __typename: 'ActiveProduct',
          id: 'product-reports',
          slug: 'reports',
          name: 'Reports',
          posts: 4,
        },
      ],
    },
    badges: [solutionAuthor, productSpecialist],
    ...overrides,
  };
}

export const history = {
  data: {
    reputationHistory: {
      __typename: 'ReputationChangeConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [
        {
          __typename: 'ReputationChangeEdge',
          node: {
            __typename: 'ReputationChange',
            id: '2',
            delta: -10,
            reason: 'ANSWER_UPVOTE',
            action: 'WITHDRAWN',
            questionId: 'question-1',
            answerId: 'answer-1',
            questionTitle: 'How do I download all invoices?',
            createdAt: '2026-03-03T09:00:00.000Z',
          },
        },
        {
          __typename: 'ReputationChangeEdge',
          node: {
            __typename: 'ReputationChange',
            id: '1',
            delta: 15,
            reason: 'ANSWER_ACCEPTED',
            action: 'APPLIED',
            questionId: 'question-1',
            answerId: 'answer-1',
            questionTitle: 'How do I download all invoices?',
            createdAt: '2026-03-02T09:00:00.000Z',
          },
        },
      ],
    },
  },
};

const pageInfo = (endCursor: string | null) => ({
  __typename: 'PageInfo',
  hasNextPage: endCursor !== null,
  endCursor,
});

export function aProfileQuestion(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Question',
    id: 'question-1',
    title: 'How do I download all invoices as PDF?',
    slug: 'how-do-i-download-all-invoices-as-pdf',
    state: 'OPEN',
    answerCount: 0,
    createdAt: '2026-03-01T09:00:00.000Z',
    hiddenReason: null,
    ...overrides,
  };
}

export function profileQuestions(
  questions: Array<Record<string, unknown>>,
  endCursor: string | null = null,
) {
  return {
    data: {
      questions: {
        __typename: 'QuestionConnection',
        totalCount: questions.length,
        pageInfo: pageInfo(endCursor),
        edges: questions.map((node) => ({ __typename: 'QuestionEdge', node })),
      },
    },
  };
}

export function aProfileAnswer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Answer',
    id: 'answer-1',
    score: 3,
    createdAt: '2026-03-02T09:00:00.000Z',
    isAccepted: false,
    hiddenReason: null,
    question: aProfileQuestion({ id: 'question-9', state: 'ANSWERED' }),
    ...overrides,
  };
}

export function profileAnswers(
  answers: Array<Record<string, unknown>>,
  endCursor: string | null = null,
) {
  return {
    data: {
      answers: {
        __typename: 'AnswerConnection',
        totalCount: answers.length,
        pageInfo: pageInfo(endCursor),
        edges: answers.map((node) => ({ __typename: 'AnswerEdge', node })),
      },
    },
  };
}
