import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { DeadMailAdmin } from './DeadMailAdmin';

function letter(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'DeadMail',
    id,
    template: 'password-changed',
    mailClass: 'transactional',
    recipient: `person-${id}@example.com`,
    locale: 'de',
    attempts: 295,
    lastError: 'connect ECONNREFUSED 10.0.0.5:587',
    queuedAt: '2026-12-04T08:00:00.000Z',
    lastAttemptAt: '2026-12-07T08:05:00.000Z',
    state: 'DEAD',
    resendable: true,
    ...overrides,
  };
}

function page(letters: unknown[]) {
  return {
    data: {
      deadMail: {
        __typename: 'DeadMailConnection',
        totalCount: letters.length,
        edges: letters.map((node) => ({ __typename: 'DeadMailEdge', node })),
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  };
}

const admin = { Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } } };

describe('DeadMailAdmin', () => {
  it('lists undelivered mail by recipient, never its content, and refuses resending expired links', async () => {
    const { fetch } = stubGraphql({
      ...admin,
      DeadMail: page([
        letter('2', { template: 'reset-password', resendable: false, locale: 'en' }),
        letter('1'),
      ]),
    });

    renderWithForum(<DeadMailAdmin />, { fetch, path: '/admin/mail' });

    const table = await screen.findByRole('table', { name: 'Undelivered mail, newest first' });
    const [, reset, changed] = within(table).getAllByRole('row') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(reset).toHaveTextContent('person-2@example.com');
    expect(reset).toHaveTextContent('Password reset');
    expect(reset).toHaveTextContent('Link expired: the person asks for a new one');
    expect(within(reset).queryByRole('button')).toBeNull();
    expect(changed).toHaveTextContent('Password changed');
    expect(changed).toHaveTextContent('transactional · DE');
    expect(changed).toHaveTextContent('295');
    expect(changed).toHaveTextContent('connect ECONNREFUSED 10.0.0.5:587');
    expect(
      within(changed).getByRole('button', { name: 'Resend to person-1@example.com' }),
    ).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('2 letters wait for a resend.');
    expect(screen.getByRole('button', { name: 'Resend the 1 letter shown' })).toBeEnabled();
  });

  it('resends every resendable letter shown with one request and says so', async () => {
    let remaining = [
      letter('3'),
      letter('2', { template: 'sign-in-link', resendable: false }),
      letter('1'),
    ];
    const { fetch, sent } = stubGraphql({
      ...admin,
      DeadMail: () => page(remaining),
      ResendDeadMail: ({ input }: Record<string, unknown>) => {
        const ids = (input as { ids: string[] }).ids;
        remaining = remaining.filter((entry) => !ids.includes(entry.id));
        return {
          data: {
            resendDeadMail: {
              __typename: 'ResendDeadMailPayload',
              resent: ids.map((id) => ({
                __typename: 'DeadMail',
                id,
                state: 'RESENT',
                resendable: false,
              })),
            },
          },
        };
      },
    });

    renderWithForum(<DeadMailAdmin />, { fetch, path: '/admin/mail' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Resend all 2 letters shown' }),
    );

    expect(await screen.findByText('2 letters are on their way again.')).toBeInTheDocument();
    expect(sent('ResendDeadMail').map((request) => request.variables)).toEqual([
      { input: { ids: ['3', '1'] } },
    ]);
    expect(await screen.findByText('1 letter waits for a resend.')).toBeInTheDocument();
  });

  it('explains a refused resend in German', async () => {
    const { fetch } = stubGraphql({
      ...admin,
      DeadMail: page([letter('1')]),
      ResendDeadMail: graphqlError('DEAD_MAIL_ALREADY_RESENT', { code: 'CONFLICT', ids: ['1'] }),
    });

    renderWithForum(<DeadMailAdmin />, { fetch, path: '/admin/mail', language: 'de' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Erneut an person-1@example.com senden' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Einige dieser E-Mails wurden bereits erneut gesendet. Laden Sie die Seite neu.',
    );
  });

  it('is not for members', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'MEMBER' }) } },
    });

    renderWithForum(<DeadMailAdmin />, { fetch, path: '/admin/mail' });

    expect(
      await screen.findByRole('heading', { name: 'This page is for staff with another role' }),
    ).toBeInTheDocument();
    expect(sent('DeadMail')).toEqual([]);
  });
});
