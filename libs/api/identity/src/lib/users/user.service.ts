import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { MailService } from '@forum/api/mail';
import {
  Clock,
  type Connection,
  decodeCursor,
  inRequestedOrder,
  toConnection,
} from '@forum/api/platform';
import { AuditAction, AuditTargetType, Role } from '@forum/shared/domain';
import { DataSource, type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { AuditLog, auditChanges } from '../audit/audit-log.js';
import { IdentityEvents } from '../events/identity-events.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { OrganisationService } from '../organisations/organisation.service.js';
import { SessionService } from '../sessions/session.service.js';
import type { Viewer } from '../viewer/viewer.js';
import type { SetExpertProfileInput, SuspendUserInput, UsersArgs } from './dto/admin.inputs.js';
import { UserEntity } from './user.entity.js';

/** People and what admins and moderators change about them. */
@Injectable()
export class UserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly events: IdentityEvents,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Pass the manager of a transaction in progress, so the read uses its connection. */
  findById(id: string, manager: EntityManager = this.users.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id }, relations: { organisation: true } });
  }

  /** The names of these people whose accounts are not deleted, by id; in the caller's transaction. */
  async displayNames(
    ids: readonly string[],
    manager: EntityManager = this.users.manager,
  ): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; display_name: string }> = await manager.query(
      'SELECT id, display_name FROM user_account WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  /** Loads many people in one query, in the order asked (for DataLoader). */
  async findByIds(ids: readonly string[]): Promise<Array<UserEntity | null>> {
    const rows = await this.users.find({
      where: ids.map((id) => ({ id })),
      relations: { organisation: true },
    });
    return inRequestedOrder(ids, rows);
  }

  /** Those of these people whose accounts are not deleted, by id; inside the caller's transaction. */
  async activeIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    // One array parameter: a popular idea's voters would exceed the bind-parameter limit of IN.
    const rows: Array<{ id: string }> = await manager
      .createQueryBuilder(UserEntity, 'user')
      .select('user.id', 'id')
      .where('user.id = ANY(:ids)', { ids })
      .andWhere('user.deleted_at IS NULL')
      .orderBy('user.id')
      .getRawMany();
    return rows.map((row) => row.id);
  }

  /**
   * People with one of these roles who may act at `now` (not deleted, not suspended), by display
   * name; at most `limit`. Inside the caller's transaction when given one.
   */
  async reachableIdsWithRoles(
    roles: readonly Role[],
    now: Date,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager
      .createQueryBuilder(UserEntity, 'user')
      .select('user.id', 'id')
      .where('user.role = ANY(:roles)', { roles })
      .andWhere('user.deleted_at IS NULL')
      .andWhere('(user.suspended_until IS NULL OR user.suspended_until <= :now)', { now })
      .orderBy('user.display_name')
      .addOrderBy('user.id')
      .limit(limit)
      .getRawMany();
    return rows.map((row) => row.id);
  }

  /**
   * Those of these people who may be told about something at `now`: not deleted, not suspended;
   * inside the caller's transaction.
   */
  async reachableIds(
    ids: readonly string[],
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM user_account
       WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL
         AND (suspended_until IS NULL OR suspended_until <= $2)
       ORDER BY id`,
      [ids, now],
    );
    return rows.map((row) => row.id);
  }

  /** Those of these people who can be mailed: not deleted, e-mail address verified. */
  mailRecipients(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(UserEntity, 'user')
      .where('user.id = ANY(:ids)', { ids })
      .andWhere('user.deleted_at IS NULL')
      .andWhere('user.email_verified_at IS NOT NULL')
      .getMany();
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw new IdentityException(IdentityExceptionCode.UserNotFound, 'No such person.');
    return user;
  }

  /** Newest first, by name or e-mail fragment and role. */
  async list(args: UsersArgs): Promise<Connection<UserEntity>> {
    const query = this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .where('user.deleted_at IS NULL');
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(user.display_name ILIKE :pattern OR user.email ILIKE :pattern)', {
        pattern,
      });
    }
    if (args.role) query.andWhere('user.role = :role', { role: args.role });
    const totalCount = await query.getCount();
    // Ordered at the cursor's precision: a JavaScript date keeps milliseconds and PostgreSQL
    // microseconds, so two people created within one millisecond would otherwise be skipped.
    const createdAtMs = "date_trunc('milliseconds', user.created_at)";
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      query.andWhere(`(${createdAtMs}, user.id) < (:createdAt, :id)`, { createdAt, id });
    }
    const rows = await query
      .orderBy(createdAtMs, 'DESC')
      .addOrderBy('user.id', 'DESC')
      // The joined organisation is one row per person, so a plain LIMIT pages correctly.
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
  }

  /** Changes a role; the last admin cannot stop being one, so the installation stays manageable. */
  async setRole(viewer: Viewer, userId: string, role: Role): Promise<UserEntity> {
    return this.dataSource
      .transaction(async (manager) => {
        const user = await manager.findOne(UserEntity, {
          where: { id: userId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!user || user.deletedAt)
          throw new IdentityException(IdentityExceptionCode.UserNotFound, 'No such person.');
        if (user.role === Role.Admin && role !== Role.Admin) {
          const admins = await manager
            .createQueryBuilder(UserEntity, 'user')
            .setLock('pessimistic_write')
            .where('user.role = :admin AND user.deleted_at IS NULL', { admin: Role.Admin })
            .getMany();
          if (admins.length <= 1) {
            throw new IdentityException(
              IdentityExceptionCode.LastAdmin,
              'The last admin cannot give up the role.',
            );
          }
        }
        const previous = user.role;
        const before = expertProfileOf(user);
        user.role = role;
        if (role === Role.Member) {
          user.expertTitle = null;
        }
        await manager.save(user);
        if (previous !== role) {
          await this.events.publish(manager, { type: 'user.role-changed', userId, previous, role });
          await this.audit.record(manager, viewer, {
            action: AuditAction.RoleChanged,
            targetType: AuditTargetType.User,
            targetId: userId,
            ...auditChanges({ role: previous, ...before }, { role, ...expertProfileOf(user) }),
          });
        }
        return user;
      })
      .then((user) => this.get(user.id));
  }

  /** Moves a stored reputation total along with a ledger write, in the ledger's transaction. */
  async addReputation(manager: EntityManager, userId: string, delta: number): Promise<void> {
    if (delta !== 0) await manager.increment(UserEntity, { id: userId }, 'reputation', delta);
  }

  /** People with the highest reputation, for the all-time leaderboard. */
  async topByReputation(limit: number): Promise<Array<{ userId: string; points: number }>> {
    const rows = await this.users.find({
      select: { id: true, reputation: true },
      where: { deletedAt: IsNull(), reputation: MoreThan(0) },
      order: { reputation: 'DESC', id: 'ASC' },
      take: limit,
    });
    return rows.map((row) => ({ userId: row.id, points: row.reputation }));
  }

  /**
   * Sets stored totals to what the ledger says; returns the people whose total was wrong, with
   * the value it had. `totals` holds every person with ledger rows; everyone else is set to 0.
   */
  async repairReputation(
    manager: EntityManager,
    totals: ReadonlyMap<string, number>,
  ): Promise<Array<{ userId: string; stored: number; actual: number }>> {
    return (await manager.query(
      `WITH ledger AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(user_id uuid, total int)),
       repaired AS (
         UPDATE user_account SET reputation = COALESCE(ledger.total, 0)
         FROM user_account AS before LEFT JOIN ledger ON ledger.user_id = before.id
         WHERE before.id = user_account.id AND user_account.reputation <> COALESCE(ledger.total, 0)
         RETURNING user_account.id AS "userId", before.reputation AS stored,
                   user_account.reputation AS actual)
       SELECT * FROM repaired`,
      [JSON.stringify([...totals].map(([user_id, total]) => ({ user_id, total })))],
    )) as Array<{ userId: string; stored: number; actual: number }>;
  }

  async setExpertProfile(viewer: Viewer, input: SetExpertProfileInput): Promise<UserEntity> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockActive(manager, input.userId);
      if (user.role === Role.Member) {
        throw new IdentityException(
          IdentityExceptionCode.NotStaff,
          'Only staff carry a title; give them a staff role first.',
        );
      }
      const before = expertProfileOf(user);
      user.expertTitle = input.title.trim();
      await manager.save(user);
      const changes = auditChanges(before, expertProfileOf(user));
      if (changes) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.ExpertProfileChanged,
          targetType: AuditTargetType.User,
          targetId: user.id,
          ...changes,
        });
      }
    });
    return this.get(input.userId);
  }

  async setOrganisation(
    viewer: Viewer,
    userId: string,
    organisationId: string | null,
  ): Promise<UserEntity> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockActive(manager, userId);
      if (organisationId && !(await this.organisations.find(organisationId, manager)))
        throw new IdentityException(
          IdentityExceptionCode.OrganisationNotFound,
          'No such organisation.',
        );
      if (user.organisationId === organisationId) return;
      await manager.update(UserEntity, { id: user.id }, { organisationId });
      await this.audit.record(manager, viewer, {
        action: AuditAction.OrganisationAssigned,
        targetType: AuditTargetType.User,
        targetId: user.id,
        before: { organisationId: user.organisationId },
        after: { organisationId },
      });
    });
    return this.get(userId);
  }

  /** Suspends until a date: signs them out everywhere and refuses sign-in meanwhile. */
  async suspend(viewer: Viewer, input: SuspendUserInput): Promise<UserEntity> {
    await this.dataSource.transaction((manager) => this.suspendWithin(manager, viewer, input));
    return this.get(input.userId);
  }

  /**
   * The suspension inside the caller's transaction, so a moderation decision and the suspension
   * it makes commit together or not at all.
   */
  async suspendWithin(
    manager: EntityManager,
    viewer: Viewer,
    input: SuspendUserInput,
  ): Promise<void> {
    if (input.userId === viewer.user.id) {
      throw new IdentityException(
        IdentityExceptionCode.InvalidSuspension,
        'You cannot suspend yourself.',
      );
    }
    if (input.until.getTime() <= this.clock.now().getTime()) {
      throw new IdentityException(
        IdentityExceptionCode.InvalidSuspension,
        'The end of a suspension must lie in the future.',
      );
    }
    const user = await this.lockActive(manager, input.userId);
    if (user.role === Role.Admin)
      throw new IdentityException(
        IdentityExceptionCode.InvalidSuspension,
        'Admins cannot be suspended.',
      );
    const reason = input.reason.trim();
    await manager.update(
      UserEntity,
      { id: user.id },
      { suspendedUntil: input.until, suspensionReason: reason },
    );
    await this.audit.record(manager, viewer, {
      action: AuditAction.Suspended,
      targetType: AuditTargetType.User,
      targetId: user.id,
      before: suspensionOf(user),
      after: { suspendedUntil: input.until, suspensionReason: reason },
      reason,
    });
    await this.sessions.endAll(user.id, manager);
    await this.mail.sendInTransaction(manager, {
      to: user.email,
      locale: user.locale,
      template: 'account-suspended',
      data: { displayName: user.displayName, reason, until: input.until.toISOString() },
    });
  }

  async unsuspend(viewer: Viewer, userId: string): Promise<UserEntity> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockActive(manager, userId);
      if (!user.suspendedUntil && !user.suspensionReason) return;
      await manager.update(
        UserEntity,
        { id: user.id },
        { suspendedUntil: null, suspensionReason: null },
      );
      await this.audit.record(manager, viewer, {
        action: AuditAction.Unsuspended,
        targetType: AuditTargetType.User,
        targetId: user.id,
        before: suspensionOf(user),
        after: { suspendedUntil: null, suspensionReason: null },
      });
    });
    return this.get(userId);
  }

  /** The person's row, locked for the caller's change; deleted accounts are not found. */
  private async lockActive(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw new IdentityException(IdentityExceptionCode.UserNotFound, 'No such person.');
    return user;
  }
}

function expertProfileOf(user: UserEntity): Record<string, unknown> {
  return { expertTitle: user.expertTitle };
}

function suspensionOf(user: UserEntity): Record<string, unknown> {
  return { suspendedUntil: user.suspendedUntil, suspensionReason: user.suspensionReason };
}
