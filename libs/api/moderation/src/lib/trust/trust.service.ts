import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, UserService, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception.js';
import { TrustedAccountEntity } from './trusted-account.entity.js';

/** Accounts admins vouch for: they skip the spam rules and first-post review. */
@Injectable()
export class TrustService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly audit: AuditLog,
  ) {}

  isTrusted(userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(TrustedAccountEntity, { userId });
  }

  /** Which of these accounts are trusted, in one query. */
  async trustedAmong(userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(TrustedAccountEntity, {
      select: { userId: true },
      where: { userId: In([...userIds]) },
    });
    return new Set(rows.map((row) => row.userId));
  }

  /** Trusts or stops trusting an account; audited only when it changes anything. */
  async setTrusted(viewer: Viewer, userId: string, trusted: boolean): Promise<boolean> {
    const user = await this.users.findById(userId);
    if (!user || user.deletedAt) {
      throw new ModerationException(ModerationExceptionCode.UserNotFound, 'No such person.');
    }
    await this.dataSource.transaction(async (manager) => {
      const changed = trusted
        ? (
            (await manager.query(
              `INSERT INTO trusted_account (user_id, trusted_by_id) VALUES ($1, $2)
             ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
              [userId, viewer.user.id],
            )) as unknown[]
          ).length > 0
        : ((await manager.delete(TrustedAccountEntity, { userId })).affected ?? 0) > 0;
      if (!changed) return;
      await this.audit.record(manager, viewer, {
        action: trusted ? AuditAction.AccountTrusted : AuditAction.AccountUntrusted,
        targetType: AuditTargetType.User,
        targetId: userId,
        before: { trusted: !trusted },
        after: { trusted },
      });
    });
    return trusted;
  }
}
