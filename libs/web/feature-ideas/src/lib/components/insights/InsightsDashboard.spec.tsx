import { jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithForum, settle, stubGraphql, viewerAs } from '@forum/web/testing';
import { products } from '../../testing/fixtures';
import { InsightsDashboard } from './InsightsDashboard';

const insights = {
  data: {
    ideaInsights: {
      __typename: 'IdeaInsightsReport',
      today: '2026-03-20',
      rows: [
        {
          __typename: 'IdeaInsight',
          ideaId: 'idea-1',
          title: 'Keep number formats in Excel exports',
          status: 'PLANNED',
          productName: 'Reporting',
          votes: 5,
          periodVotes: 5,
          weightedVotes: 12,
          organisations: 3,
          votesLast14Days: 3,
          votesPrevious14Days: 1,
          trend: 2,
          askers: 0,
        },
      ],
    },
  },
};

// jsdom draws nothing: charts get no canvas context, and chart.js says so once per chart.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  const original = console.error;
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).startsWith('Failed to create chart')) return;
    original(...args);
  });
});

describe('InsightsDashboard', () => {
  it('tells members the insights are for product managers and asks the API nothing', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER') });
    renderWithForum(<InsightsDashboard />, { fetch: api.fetch, path: '/ideas/insights' });
    await settle();
    expect(
      await screen.findByText('Only product managers and admins see the insights.'),
    ).toBeInTheDocument();
    expect(api.sent('IdeaInsights')).toHaveLength(0);
  });

  it('shows product managers the ranked table', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('PRODUCT_MANAGER'),
      IdeaProducts: products,
      IdeaInsights: insights,
      IdeaVoteTrend: { data: { ideaVoteTrend: { __typename: 'IdeaVoteTrend', series: [] } } },
      IdeaVoteBreakdown: {
        data: {
          ideaVoteBreakdown: {
            __typename: 'IdeaVoteBreakdown',
            totalVotes: 5,
            byOrganisation: [
              { __typename: 'VoteGroup', key: 'org-1', label: 'Alpha Enterprise', votes: 2 },
            ],
            byPlan: [],
            byImportance: [],
            byProduct: [],
          },
        },
      },
    });
    renderWithForum(<InsightsDashboard />, { fetch: api.fetch, path: '/ideas/insights' });
    await settle();
    const row = (
      await screen.findByRole('link', { name: 'Keep number formats in Excel exports' })
    ).closest('tr');
    expect(row).toHaveTextContent('Keep number formats in Excel exports');
    expect(row).toHaveTextContent('12');
    expect(
      screen.getByText('Figures as of 2026-03-20 (UTC).', { exact: false }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Alpha Enterprise')).toBeInTheDocument();
    expect(api.sent('IdeaVoteTrend')[0]?.variables).toEqual({ ideaIds: ['idea-1'] });
  });
});
