// What the API returns for the ideas pages, shaped like the real thing.

export const products = {
  data: {
    products: [
      { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
      { __typename: 'Product', id: 'product-billing', name: 'Billing' },
    ],
  },
};

export function anIdeaCard(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Idea',
    id: 'idea-1',
    title: 'Keep number formats in Excel exports',
    status: 'PLANNED',
    voteCount: 12,
    commentCount: 3,
    createdAt: '2026-03-01T10:00:00.000Z',
    product: { __typename: 'Product', id: 'product-reporting', name: 'Reporting' },
    viewerVote: null,
    ...overrides,
  };
}
