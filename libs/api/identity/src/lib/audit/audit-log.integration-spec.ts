import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, newPerson, type TestApp } from '@forum/api/testing';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { IdentityModule } from '../identity.module.js';
import { UserService } from '../users/user.service.js';
import { AuditLog } from './audit-log.js';

describe('the audit log', () => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule]);
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function recordOne(): Promise<{ id: string; actorId: string }> {
    const person = await newPerson(api);
    const actor = await api.app.get(UserService).findById(person.id);
    await dataSource.transaction((manager) =>
      api.app.get(AuditLog).record(
        manager,
        { user: actor!, via: 'session', address: '198.51.100.7' },
        {
          action: AuditAction.RoleChanged,
          targetType: AuditTargetType.User,
          targetId: person.id,
          before: { role: 'member' },
          after: { role: 'expert' },
          reason: 'Joined the support team',
        },
      ),
    );
    const [row] = await dataSource.query('SELECT "id" FROM "audit_entry" WHERE "actor_id" = $1', [
      person.id,
    ]);
    return { id: row.id, actorId: person.id };
  }

  it('records who did what to which target, before and after, and from where', async () => {
    const { actorId } = await recordOne();
    const rows = await dataSource.query(
      `SELECT "action", "target_type", "target_id", "before", "after", "reason", "ip_address"
       FROM "audit_entry" WHERE "actor_id" = $1`,
      [actorId],
    );
    expect(rows).toEqual([
      {
        action: 'user.role_changed',
        target_type: 'user',
        target_id: actorId,
        before: { role: 'member' },
        after: { role: 'expert' },
        reason: 'Joined the support team',
        ip_address: '198.51.100.7',
      },
    ]);
  });

  it('is refused updates, deletes and truncation by the database itself', async () => {
    const { id } = await recordOne();
    await expect(
      dataSource.query(`UPDATE "audit_entry" SET "reason" = 'rewritten' WHERE "id" = $1`, [id]),
    ).rejects.toThrow('the audit log is append-only');
    await expect(
      dataSource.query('DELETE FROM "audit_entry" WHERE "id" = $1', [id]),
    ).rejects.toThrow('the audit log is append-only');
    await expect(dataSource.query('TRUNCATE "audit_entry"')).rejects.toThrow(
      'the audit log is append-only',
    );
    const [{ reason }] = await dataSource.query(
      'SELECT "reason" FROM "audit_entry" WHERE "id" = $1',
      [id],
    );
    expect(reason).toBe('Joined the support team');
  });
});
