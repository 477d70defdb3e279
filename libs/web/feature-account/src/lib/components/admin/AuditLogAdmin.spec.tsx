import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, renderWithForum, stubGraphql } from '@forum/web/testing';
import { AuditLogAdmin, csvHref } from './AuditLogAdmin';

const moderator = { __typename: 'User', id: 'user-mod', displayName: 'Maria Moderator' };

function entry(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEntry',
    id,
    action: 'USER_SUSPENDED',
    targetType: 'USER',
    targetId: 'user-9',
    reason: 'Spam links',
    ipAddress: '203.0.113.9',
    createdAt: '2026-12-07T10:15:00.000Z',
    actorId: 'user-mod',
    actor: moderator,
    changes: [
      {
        __typename: 'AuditChange',
        field: 'suspendedUntil',
        before: 'null',
        after: '"2027-01-01T00:00:00.000Z"',
      },
    ],
    ...overrides,
  };
}

function page(
  entries: unknown[],
  pageInfo: { endCursor: string | null; hasNextPage: boolean } = {
    endCursor: null,
    hasNextPage: false,
  },
) {
  return {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        totalCount: entries.length,
        edges: entries.map((node) => ({ __typename: 'AuditEntryEdge', node })),
        pageInfo: { __typename: 'PageInfo', ...pageInfo },
      },
    },
  };
}

describe('AuditLogAdmin', () => {
  it('shows admins who did what, to what, what changed and from where', async () => {
    const { fetch } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } },
      AuditLog: page([
        entry('2', {
          action: 'QUESTION_HIDDEN',
          targetType: 'QUESTION',
          targetId: 'q-1',
          reason: null,
          actorId: null,
          actor: null,
          changes: [],
        }),
        entry('1'),
      ]),
    });

    renderWithForum(<AuditLogAdmin />, { fetch, path: '/admin/audit' });

    const table = await screen.findByRole('table', { name: 'Staff actions, newest first' });
    await within(table).findByText('Question hidden');
    const [, hidden, suspended] = within(table).getAllByRole('row') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(hidden).toHaveTextContent('Question hidden');
    expect(hidden).toHaveTextContent('System');
    expect(suspended).toHaveTextContent('Maria Moderator');
    expect(suspended).toHaveTextContent('Account suspended');
    expect(suspended).toHaveTextContent('Spam links');
    expect(suspended).toHaveTextContent('203.0.113.9');
    expect(within(suspended).getByRole('definition')).toHaveTextContent(
      'before: null → after: "2027-01-01T00:00:00.000Z"',
    );
    expect(await screen.findByText('2 entries')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('region', { name: 'Staff actions, newest first' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('reads its filters from the address, sends them and downloads the CSV with the same', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } },
      AuditLog: page([entry('1')]),
    });

    renderWithForum(<AuditLogAdmin />, {
      fetch,
      path: '/admin/audit?action=USER_SUSPENDED&from=2026-12-01&to=2026-12-07',
    });

    await screen.findByText('1 entry');
    expect(sent('AuditLog')[0]?.variables).toEqual({
      filter: {
        action: ['USER_SUSPENDED'],
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-08T00:00:00.000Z',
      },
      first: 50,
      after: null,
    });
    expect(screen.getByLabelText('Action')).toHaveValue('USER_SUSPENDED');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/exports/audit.csv?action=USER_SUSPENDED&from=2026-12-01T00%3A00%3A00.000Z&to=2026-12-08T00%3A00%3A00.000Z',
    );

    await userEvent.type(screen.getByLabelText('Target id'), 'user-9');
    await userEvent.selectOptions(screen.getByLabelText('Target'), 'Person');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(
      '/admin/audit?action=USER_SUSPENDED&targetType=USER&target=user-9&from=2026-12-01&to=2026-12-07',
    );
  });

  it('pages on with the end cursor', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } },
      AuditLog: (variables: Record<string, unknown>) =>
        variables['after'] === 'cursor-1'
          ? page([entry('1')])
          : page([entry('2')], { endCursor: 'cursor-1', hasNextPage: true }),
    });

    renderWithForum(<AuditLogAdmin />, { fetch, path: '/admin/audit' });
    await userEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    const table = screen.getByRole('table');
    await screen.findByText('1 entry');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(sent('AuditLog').map((request) => request.variables?.['after'])).toEqual([
      null,
      'cursor-1',
    ]);
  });

  it('tells moderators the page is not for their role, in German too', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'MODERATOR', isStaff: true }) } },
    });

    renderWithForum(<AuditLogAdmin />, { fetch, path: '/admin/audit', language: 'de' });

    expect(
      await screen.findByText('Diese Seite ist für eine andere Rolle gedacht'),
    ).toBeInTheDocument();
    expect(sent('AuditLog')).toEqual([]);
  });

  it('builds the CSV address from the filters alone', () => {
    expect(
      csvHref({ actor: 'u-1', action: '', targetType: '', target: '', from: '', to: '' }),
    ).toBe('/exports/audit.csv?actorId=u-1');
    expect(csvHref({ actor: '', action: '', targetType: '', target: '', from: '', to: '' })).toBe(
      '/exports/audit.csv',
    );
  });
});
