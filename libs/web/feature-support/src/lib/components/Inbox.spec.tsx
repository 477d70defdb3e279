import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { Inbox } from './Inbox';

const person = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });

function aCase(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SupportCase',
    status: 'AWAITING_RESPONSE',
    cycle: 1,
    dueAt: '2026-12-08T09:00:00.000Z',
    respondedAt: null,
    waitingOnCustomerSince: null,
    snoozedUntil: null,
    breached: false,
    businessMinutesLeft: 200,
    claimedBy: null,
    assignedBy: null,
    routingReason: null,
    question: {
      __typename: 'Question',
      id: `question-${id}`,
      title: `Invoice PDF ${id} shows the old address`,
      slug: `invoice-pdf-${id}`,
      createdAt: new Date(Date.now() - 90 * 60_000).toISOString(),
      product: { __typename: 'Product', id: 'product-1', name: 'Billing & Invoices' },
    },
    ...overrides,
  };
}

function inbox(cases: unknown[], hasNextPage = false) {
  return {
    data: {
      expertInbox: {
        __typename: 'SupportCaseConnection',
        totalCount: cases.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
        edges: cases.map((node) => ({ __typename: 'SupportCaseEdge', node })),
      },
    },
  };
}

const counts = {
  data: {
    expertInboxCounts: {
      __typename: 'ExpertInboxCounts',
      mine: 1,
      unclaimed: 2,
      myAreas: 4,
      waitingOnCustomer: 1,
      breached: 1,
    },
  },
};

describe('Inbox', () => {
  it('lists the questions with their clock, who is on them, and the views with counts', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      ExpertInboxCounts: counts,
      ExpertInbox: inbox([
        aCase('1'),
        aCase('2', {
          businessMinutesLeft: -120,
          breached: true,
          claimedBy: person('user-2', 'Lukas Brandt'),
        }),
      ]),
    });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox' });

    const first = await screen.findByRole('article', {
      name: 'Invoice PDF 1 shows the old address',
    });
    expect(within(first).getByRole('link', { name: /Invoice PDF 1/ })).toHaveAttribute(
      'href',
      '/questions/question-1/invoice-pdf-1',
    );
    expect(within(first).getByText('Billing & Invoices')).toBeInTheDocument();
    expect(within(first).getByText('Asked 1 h 30 min ago')).toBeInTheDocument();
    expect(within(first).getByText('due in 3 h 20 min (business hours)')).toBeInTheDocument();
    expect(within(first).getByText('Nobody on it yet')).toBeInTheDocument();
    const second = screen.getByRole('article', { name: 'Invoice PDF 2 shows the old address' });
    expect(within(second).getByText('overdue by 2 h (business hours)')).toBeInTheDocument();
    expect(within(second).getByText('On it: Lukas Brandt')).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Release' })).toBeInTheDocument();

    const views = screen.getByRole('navigation', { name: 'Inbox views' });
    expect(within(views).getByRole('link', { name: 'My areas (4)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(api.sent('ExpertInbox')[0]?.variables).toEqual({
      filter: 'MY_AREAS',
      first: 20,
      after: null,
    });
    await userEvent.click(within(views).getByRole('link', { name: 'Breached (1)' }));
    await waitFor(() =>
      expect(api.sent('ExpertInbox').at(-1)?.variables).toMatchObject({ filter: 'BREACHED' }),
    );
  });

  it('claims a question and explains when someone else was faster', async () => {
    let claims = 0;
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      ExpertInboxCounts: counts,
      ExpertInbox: inbox([aCase('1')]),
      ClaimQuestion: () => {
        claims += 1;
        return graphqlError('ALREADY_CLAIMED', { code: 'CONFLICT' });
      },
    });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox' });

    const row = await screen.findByRole('article', { name: /Invoice PDF 1/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Claim' }));
    expect(await within(row).findByText('Someone else is already on this question.')).toBeVisible();
    expect(claims).toBe(1);
    expect(api.sent('ClaimQuestion')[0]?.variables).toEqual({ questionId: 'question-1' });
  });

  it('snoozes until a chosen moment', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MODERATOR'),
      ExpertInboxCounts: counts,
      ExpertInbox: inbox([aCase('1')]),
      SnoozeQuestion: {
        data: {
          snoozeQuestion: {
            __typename: 'SupportCase',
            status: 'AWAITING_RESPONSE',
            snoozedUntil: '2026-12-09T09:00:00.000Z',
          },
        },
      },
    });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox' });

    const row = await screen.findByRole('article', { name: /Invoice PDF 1/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Snooze' }));
    const until = within(row).getByLabelText('Snooze until');
    await userEvent.clear(until);
    await userEvent.type(until, '2030-01-02T10:30');
    const [, save] = within(row).getAllByRole('button', { name: 'Snooze' });
    if (!save) throw new Error('no save button');
    await userEvent.click(save);
    await waitFor(() => expect(api.sent('SnoozeQuestion')).toHaveLength(1));
    expect(api.sent('SnoozeQuestion')[0]?.variables).toEqual({
      input: { questionId: 'question-1', until: new Date('2030-01-02T10:30').toISOString() },
    });
  });

  it('is for staff only', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER') });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox' });
    expect(
      await screen.findByText('The inbox is for experts, moderators and admins.'),
    ).toBeInTheDocument();
    expect(api.sent('ExpertInbox')).toHaveLength(0);
  });

  it('speaks German', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      ExpertInboxCounts: counts,
      ExpertInbox: inbox([aCase('1', { waitingOnCustomerSince: '2026-12-07T09:00:00.000Z' })]),
    });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox', language: 'de' });
    const row = await screen.findByRole('article', { name: /Invoice PDF 1/ });
    expect(
      within(row).getByText('Uhr angehalten, 3 Std. 20 Min. übrig (Geschäftszeit)'),
    ).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Uhr fortsetzen' })).toBeInTheDocument();
  });
});

describe('the routing reason on inbox rows', () => {
  const routed = {
    routingReason: {
      __typename: 'RoutingReason',
      solvedSimilar: 4,
      answeredInArea: 7,
      areaName: 'Billing',
      user: person('user-anna', 'Anna Schmidt'),
    },
  };

  it('names the top suggested expert and why, and nothing while the question is unrouted', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      ExpertInboxCounts: counts,
      ExpertInbox: inbox([aCase('1', routed), aCase('2')]),
    });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox' });
    const routedRow = await screen.findByRole('article', { name: /Invoice PDF 1/ });
    expect(
      within(routedRow).getByText(
        'Suggested: Anna Schmidt — solved 4 similar questions in Billing',
      ),
    ).toBeInTheDocument();
    const unrouted = screen.getByRole('article', { name: /Invoice PDF 2/ });
    expect(within(unrouted).queryByText(/^Suggested:/)).not.toBeInTheDocument();
  });

  it('words it in German, falling back to the area the expert covers', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      ExpertInboxCounts: counts,
      ExpertInbox: inbox([
        aCase('1', routed),
        aCase('2', {
          routingReason: { ...routed.routingReason, solvedSimilar: 0, answeredInArea: 0 },
        }),
      ]),
    });
    renderWithForum(<Inbox />, { fetch: api.fetch, path: '/inbox', language: 'de' });
    const first = await screen.findByRole('article', { name: /Invoice PDF 1/ });
    expect(
      within(first).getByText(
        'Vorgeschlagen: Anna Schmidt — hat 4 ähnliche Fragen in Billing gelöst',
      ),
    ).toBeInTheDocument();
    const second = screen.getByRole('article', { name: /Invoice PDF 2/ });
    expect(
      within(second).getByText('Vorgeschlagen: Anna Schmidt — betreut Billing'),
    ).toBeInTheDocument();
  });
});
