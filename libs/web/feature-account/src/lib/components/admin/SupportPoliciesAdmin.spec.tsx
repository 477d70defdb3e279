import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { SupportPoliciesAdmin } from './SupportPoliciesAdmin';

const aPolicy = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'SupportPolicy',
  product: { __typename: 'Product', id: 'p-billing', name: 'Billing & Invoices' },
  isDefault: false,
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  dayStartMinute: 480,
  dayEndMinute: 1080,
  holidays: ['2026-12-24', '2026-12-25'],
  firstResponseTargetMinutes: 600,
  warnAtPercent: 75,
  adminEscalationPercent: 150,
  leadExpertId: 'user-anna',
  clockStopsAt: 'STAFF_ANSWER',
  ...overrides,
});

const people = (nodes: Array<{ id: string; displayName: string }>) => ({
  __typename: 'UserConnection',
  edges: nodes.map((node) => ({ __typename: 'UserEdge', node: { __typename: 'User', ...node } })),
});

const answers = {
  Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } },
  SupportPolicies: {
    data: {
      supportPolicies: [
        aPolicy(),
        aPolicy({
          product: { __typename: 'Product', id: 'p-reporting', name: 'Reporting' },
          isDefault: true,
          timeZone: 'UTC',
          workingDays: [1, 2, 3, 4, 5, 6, 7],
          dayStartMinute: 0,
          dayEndMinute: 1440,
          holidays: [],
          firstResponseTargetMinutes: 1440,
          leadExpertId: null,
        }),
      ],
    },
  },
  SupportLeadCandidates: {
    data: {
      experts: people([{ id: 'user-anna', displayName: 'Anna Schmidt' }]),
      moderators: people([{ id: 'user-lukas', displayName: 'Lukas Brandt' }]),
      admins: people([]),
    },
  },
};

describe('SupportPoliciesAdmin', () => {
  it('is for admins only', async () => {
    const { fetch } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'MODERATOR', isStaff: true }) } },
    });

    renderWithForum(<SupportPoliciesAdmin />, { fetch, path: '/admin/support' });

    expect(
      await screen.findByRole('heading', { name: 'This page is for staff with another role' }),
    ).toBeVisible();
  });

  it('saves a product’s hours, holidays, targets and lead expert', async () => {
    const { fetch, sent } = stubGraphql({
      ...answers,
      UpdateSupportPolicy: (variables: Record<string, unknown>) => ({
        data: { updateSupportPolicy: aPolicy(variables['input'] as Record<string, unknown>) },
      }),
    });

    renderWithForum(<SupportPoliciesAdmin />, { fetch, path: '/admin/support' });
    const form = await screen.findByRole('form', { name: 'Billing & Invoices' });
    expect(screen.getByRole('form', { name: 'Reporting' })).toHaveTextContent('Uses the defaults');
    expect(within(form).getByLabelText('Time zone')).toHaveValue('Europe/Berlin');
    await userEvent.selectOptions(within(form).getByLabelText('Time zone'), 'America/New_York');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Friday' }));
    await userEvent.clear(within(form).getByLabelText('Day starts at'));
    await userEvent.type(within(form).getByLabelText('Day starts at'), '09:00');
    await userEvent.clear(within(form).getByLabelText('Day ends at'));
    await userEvent.type(within(form).getByLabelText('Day ends at'), '00:00');
    await userEvent.click(within(form).getByRole('button', { name: 'Remove 2026-12-24' }));
    await userEvent.type(within(form).getByLabelText('New holiday'), '2027-01-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add holiday' }));
    await userEvent.clear(within(form).getByLabelText(/First response within/));
    await userEvent.type(within(form).getByLabelText(/First response within/), '8');
    await userEvent.selectOptions(within(form).getByLabelText('Lead expert'), 'Lukas Brandt');
    await userEvent.selectOptions(
      within(form).getByLabelText('The clock stops at'),
      'The first answer by anyone but the asker',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save Billing & Invoices' }));

    expect(
      await within(form).findByText('The support policy of Billing & Invoices has been saved.'),
    ).toBeVisible();
    expect(sent('UpdateSupportPolicy').map((request) => request.variables)).toEqual([
      {
        input: {
          productId: 'p-billing',
          timeZone: 'America/New_York',
          workingDays: [1, 2, 3, 4],
          dayStartMinute: 540,
          dayEndMinute: 1440,
          holidays: ['2026-12-25', '2027-01-01'],
          firstResponseTargetMinutes: 480,
          warnAtPercent: 75,
          adminEscalationPercent: 150,
          leadExpertId: 'user-lukas',
          clockStopsAt: 'ANY_ANSWER',
        },
      },
    ]);
  });

  it('shows each typed error next to its field', async () => {
    const { fetch } = stubGraphql({
      ...answers,
      UpdateSupportPolicy: graphqlError('INVALID_LEAD_EXPERT'),
    });

    renderWithForum(<SupportPoliciesAdmin />, { fetch, path: '/admin/support' });
    const form = await screen.findByRole('form', { name: 'Billing & Invoices' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save Billing & Invoices' }));

    const lead = within(form).getByLabelText('Lead expert');
    expect(
      await within(form).findByText('The lead expert must be staff who cover this product.'),
    ).toBeVisible();
    expect(lead).toHaveAttribute('aria-invalid', 'true');
  });

  it('speaks German', async () => {
    const { fetch } = stubGraphql(answers);

    renderWithForum(<SupportPoliciesAdmin />, { fetch, path: '/admin/support', language: 'de' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Servicezeiten und Antwortziele' }),
    ).toBeVisible();
    const form = await screen.findByRole('form', { name: 'Billing & Invoices' });
    expect(within(form).getByRole('checkbox', { name: 'Montag' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Sonntag' })).not.toBeChecked();
  });
});
