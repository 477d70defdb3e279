import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { QuestionDeskPanel } from './QuestionDeskPanel';

function panel(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      question: {
        __typename: 'Question',
        id: 'question-1',
        supportCase: {
          __typename: 'SupportCase',
          status: 'AWAITING_RESPONSE',
          cycle: 2,
          dueAt: '2026-12-08T09:00:00.000Z',
          respondedAt: null,
          waitingOnCustomerSince: null,
          snoozedUntil: null,
          breached: true,
          businessMinutesLeft: -45,
          claimedBy: null,
          assignedBy: null,
          ...overrides,
        },
      },
    },
  };
}

const staff = {
  data: {
    assignableStaff: [
      { __typename: 'User', id: 'user-anna', displayName: 'Anna Schmidt' },
      { __typename: 'User', id: 'user-lukas', displayName: 'Lukas Brandt' },
    ],
  },
};

describe('QuestionDeskPanel', () => {
  it('shows the status and clock, and assigns to a colleague', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      QuestionSupportCase: panel(),
      AssignableStaff: staff,
      AssignQuestion: {
        data: {
          assignQuestion: {
            __typename: 'SupportCase',
            status: 'AWAITING_RESPONSE',
            claimedBy: { __typename: 'User', id: 'user-lukas', displayName: 'Lukas Brandt' },
          },
        },
      },
    });
    renderWithForum(<QuestionDeskPanel questionId="question-1" />, { fetch: api.fetch });

    const box = await screen.findByRole('region', { name: 'Support desk' });
    expect(
      within(box).getByText('Awaiting a response · Round 2 · Target missed'),
    ).toBeInTheDocument();
    expect(within(box).getByText('overdue by 45 min (business hours)')).toBeInTheDocument();
    const assignee = await within(box).findByRole('option', { name: 'Lukas Brandt' });
    await userEvent.selectOptions(
      within(box).getByRole('combobox', { name: 'Assign to' }),
      assignee,
    );
    await userEvent.click(within(box).getByRole('button', { name: 'Assign' }));
    await waitFor(() =>
      expect(api.sent('AssignQuestion')[0]?.variables).toEqual({
        input: { questionId: 'question-1', assigneeId: 'user-lukas' },
      }),
    );
  });

  it('says why assigning failed', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      QuestionSupportCase: panel(),
      AssignableStaff: staff,
      AssignQuestion: graphqlError('ASSIGNEE_NOT_STAFF'),
    });
    renderWithForum(<QuestionDeskPanel questionId="question-1" />, { fetch: api.fetch });
    const box = await screen.findByRole('region', { name: 'Support desk' });
    await within(box).findByRole('option', { name: 'Anna Schmidt' });
    await userEvent.selectOptions(
      within(box).getByRole('combobox', { name: 'Assign to' }),
      'user-anna',
    );
    await userEvent.click(within(box).getByRole('button', { name: 'Assign' }));
    expect(
      await within(box).findByText(
        'Questions can go to active experts, moderators and admins only.',
      ),
    ).toBeInTheDocument();
  });

  it('marks the question as waiting on the customer', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      QuestionSupportCase: panel({ breached: false, businessMinutesLeft: 300 }),
      AssignableStaff: staff,
      MarkWaitingOnCustomer: {
        data: {
          markWaitingOnCustomer: {
            __typename: 'SupportCase',
            status: 'AWAITING_RESPONSE',
            waitingOnCustomerSince: '2026-12-07T10:00:00.000Z',
          },
        },
      },
    });
    renderWithForum(<QuestionDeskPanel questionId="question-1" />, { fetch: api.fetch });
    const box = await screen.findByRole('region', { name: 'Support desk' });
    expect(within(box).getByText('due in 5 h (business hours)')).toBeInTheDocument();
    await userEvent.click(within(box).getByRole('button', { name: 'Waiting on customer' }));
    await waitFor(() =>
      expect(api.sent('MarkWaitingOnCustomer')[0]?.variables).toEqual({
        questionId: 'question-1',
      }),
    );
  });

  it('shows nothing to members and asks nothing', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER') });
    const { container } = renderWithForum(<QuestionDeskPanel questionId="question-1" />, {
      fetch: api.fetch,
    });
    await waitFor(() => expect(api.sent('Viewer')).toHaveLength(1));
    expect(container.querySelector('section')).toBeNull();
    expect(api.sent('QuestionSupportCase')).toHaveLength(0);
  });
});
