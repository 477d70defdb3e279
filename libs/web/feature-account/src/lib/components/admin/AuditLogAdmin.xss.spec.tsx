import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import {
  aViewer,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  XSS_PAYLOADS,
} from '@forum/web/testing';
import { AuditLogAdmin } from './AuditLogAdmin';

/** One entry per payload: it is the reason, the actor's name and id, the target id and a change. */
function entryWith(payload: string, index: number) {
  return {
    __typename: 'AuditEntry',
    id: `entry-${index}`,
    action: 'TAG_RENAMED',
    targetType: 'TAG',
    targetId: payload,
    reason: payload,
    ipAddress: payload,
    createdAt: '2026-12-07T10:15:00.000Z',
    actorId: payload,
    actor: { __typename: 'User', id: `user-${index}`, displayName: payload },
    changes: [
      {
        __typename: 'AuditChange',
        field: payload,
        before: payload,
        after: JSON.stringify(payload),
      },
    ],
  };
}

const admin = { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } };

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

describe('AuditLogAdmin and cross-site scripting', () => {
  afterEach(() => expect(alert).not.toHaveBeenCalled());

  it('shows every payload as text in reasons, changes, actor names and target ids', async () => {
    const { fetch } = stubGraphql({
      Viewer: admin,
      AuditLog: {
        data: {
          auditLog: {
            __typename: 'AuditEntryConnection',
            totalCount: XSS_PAYLOADS.length,
            edges: XSS_PAYLOADS.map((payload, index) => ({
              __typename: 'AuditEntryEdge',
              node: entryWith(payload, index),
            })),
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      },
    });

    const { container } = renderWithForum(<AuditLogAdmin />, { fetch, path: '/admin/audit' });

    const table = await screen.findByRole('table', { name: 'Staff actions, newest first' });
    await screen.findByText(`${XSS_PAYLOADS.length} entries`);
    expect(unsafeParts(container)).toEqual([]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(XSS_PAYLOADS.length);
    XSS_PAYLOADS.forEach((payload, index) => {
      const cells = [...(rows[index]?.querySelectorAll('td') ?? [])].map(
        (cell) => cell.textContent,
      );
      expect(cells[1]).toBe(payload);
      expect(cells[3]).toBe(`Tag ${payload}`);
      expect(rows[index]?.querySelector('dt')?.textContent).toBe(payload);
      expect(
        [...(rows[index]?.querySelectorAll('code') ?? [])].map((code) => code.textContent),
      ).toEqual([payload, JSON.stringify(payload)]);
      expect(cells[5]).toBe(payload);
      expect(cells[6]).toBe(payload);
      // The actor and target links stay on the audit page, the payload only in their query.
      for (const link of rows[index]?.querySelectorAll('a') ?? []) {
        const href = new URL(link.getAttribute('href') ?? '', 'https://forum.example');
        expect(href.origin + href.pathname).toBe('https://forum.example/admin/audit');
      }
      const [actorLink, targetLink] = [...(rows[index]?.querySelectorAll('a') ?? [])];
      expect(
        new URL(actorLink?.getAttribute('href') ?? '', 'https://x.example').searchParams.get(
          'actor',
        ),
      ).toBe(payload.trim());
      expect(
        new URL(targetLink?.getAttribute('href') ?? '', 'https://x.example').searchParams.get(
          'target',
        ),
      ).toBe(payload.trim());
    });
  });

  // One render per payload: more than the default time.
  it('keeps every payload in the address a value of the filter form and the CSV link', async () => {
    for (const payload of XSS_PAYLOADS) {
      const { fetch } = stubGraphql({
        Viewer: admin,
        AuditLog: {
          data: {
            auditLog: {
              __typename: 'AuditEntryConnection',
              totalCount: 0,
              edges: [],
              pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
            },
          },
        },
      });
      const query = new URLSearchParams({ actor: payload, target: payload });
      const view = renderWithForum(<AuditLogAdmin />, {
        fetch,
        path: `/admin/audit?${query}`,
      });

      await screen.findByText('0 entries');
      expect(unsafeParts(view.container)).toEqual([]);
      // A one-line field drops line breaks, as browsers do.
      const typed = payload.trim().replace(/[\r\n]/g, '');
      expect(screen.getByRole('textbox', { name: /^Person \(id\)/ })).toHaveValue(typed);
      expect(screen.getByRole('textbox', { name: 'Target id' })).toHaveValue(typed);
      const csv = new URL(
        screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href') ?? '',
        'https://forum.example',
      );
      expect(csv.pathname).toBe('/exports/audit.csv');
      expect(csv.searchParams.get('actorId')).toBe(payload.trim());
      view.unmount();
    }
  }, 60_000);
});
