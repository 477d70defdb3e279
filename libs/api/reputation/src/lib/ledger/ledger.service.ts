import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { ReputationAction, ReputationReason } from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ReputationChangeEntity } from './reputation-change.entity.js';

export type NewReputationChange = Pick<
  ReputationChangeEntity,
  'userId' | 'delta' | 'reason' | 'action' | 'questionId' | 'answerId' | 'productId' | 'actorId'
> & { createdAt?: Date };

/** Which ledger rows of one post an undo covers. */
export interface LedgerScope {
  questionId: string;
  /** The answer, or null for the question's own rows (not its answers'). */
  answerId: string | null;
  /** Only what this person caused (their vote). */
  actorId?: string;
  reasons?: readonly ReputationReason[];
}

/**
 * Writes the reputation ledger and keeps every person's stored total equal to the sum of their
 * rows, in the caller's transaction. Undoing never recomputes amounts: it negates what the
 * ledger holds for the scope, so an undo is exact even after the amounts were changed.
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
  ) {}

  /** A person's ledger, newest first. */
  async history(
    userId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<ReputationChangeEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(ReputationChangeEntity, 'change')
      .where('change.user_id = :userId', { userId });
    const totalCount = await query.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      query.andWhere('(change.created_at, change.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('change.created_at', 'DESC')
      .addOrderBy('change.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => [row.createdAt.toISOString(), row.id]);
  }

  async record(manager: EntityManager, changes: readonly NewReputationChange[]): Promise<void> {
    const rows = changes.filter((change) => change.delta !== 0);
    if (rows.length === 0) return;
    await manager.insert(ReputationChangeEntity, rows);
    await this.addToTotals(manager, rows);
  }

  /** Cancels the net effect of the rows in scope, grouped by person, reason and cause. */
  reverse(manager: EntityManager, scope: LedgerScope, action: ReputationAction): Promise<void> {
    return this.negate(manager, scope, action);
  }

  /** Re-applies what deleting the post took away (net of earlier deletions and restorations). */
  restore(manager: EntityManager, scope: LedgerScope): Promise<void> {
    return this.negate(manager, scope, ReputationAction.PostRestored, [
      ReputationAction.PostDeleted,
      ReputationAction.PostRestored,
    ]);
  }

  private async negate(
    manager: EntityManager,
    scope: LedgerScope,
    action: ReputationAction,
    onlyActions?: readonly ReputationAction[],
  ): Promise<void> {
    const conditions = ['question_id = $1'];
    const parameters: unknown[] = [scope.questionId, action];
    if (scope.answerId) {
      parameters.push(scope.answerId);
      conditions.push(`answer_id = $${parameters.length}`);
    } else conditions.push('answer_id IS NULL');
    if (scope.actorId) {
      parameters.push(scope.actorId);
      conditions.push(`actor_id = $${parameters.length}`);
    }
    if (scope.reasons) {
      parameters.push(scope.reasons);
      conditions.push(`reason = ANY($${parameters.length}::reputation_reason[])`);
    }
    if (onlyActions) {
      parameters.push(onlyActions);
      conditions.push(`action = ANY($${parameters.length}::reputation_action[])`);
    }
    const inserted = (await manager.query(
      `INSERT INTO reputation_change
         (user_id, delta, reason, action, question_id, answer_id, product_id, actor_id)
       SELECT user_id, -sum(delta), reason, $2, question_id, answer_id, product_id, actor_id
       FROM reputation_change WHERE ${conditions.join(' AND ')}
       GROUP BY user_id, reason, question_id, answer_id, product_id, actor_id
       HAVING sum(delta) <> 0
       RETURNING user_id AS "userId", delta`,
      parameters,
    )) as Array<{ userId: string; delta: number }>;
    await this.addToTotals(manager, inserted);
  }

  private async addToTotals(
    manager: EntityManager,
    rows: ReadonlyArray<{ userId: string; delta: number }>,
  ): Promise<void> {
    const perUser = new Map<string, number>();
    for (const row of rows) perUser.set(row.userId, (perUser.get(row.userId) ?? 0) + row.delta);
    // A fixed order, so two transactions touching the same people never deadlock.
    for (const [userId, delta] of [...perUser].sort(([a], [b]) => a.localeCompare(b)))
      await this.users.addReputation(manager, userId, delta);
  }
}
