import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { DataSource } from 'typeorm';

export interface RecomputeReport {
  /** People whose ledger has rows. */
  people: number;
  /** Totals that disagreed with the ledger, with the wrong value and the repaired one. */
  repaired: Array<{ userId: string; stored: number; actual: number }>;
}

/**
 * Rebuilds every stored reputation total from the ledger. The ledger is locked against new rows
 * meanwhile (writes wait a moment, none is lost), so the totals it writes are exact.
 */
@Injectable()
export class RecomputeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
  ) {}

  recompute(): Promise<RecomputeReport> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE reputation_change IN SHARE MODE');
      const sums = (await manager.query(
        'SELECT user_id AS "userId", sum(delta)::int AS total FROM reputation_change GROUP BY user_id',
      )) as Array<{ userId: string; total: number }>;
      const totals = new Map(sums.map((row) => [row.userId, row.total]));
      const repaired = await this.users.repairReputation(manager, totals);
      return { people: totals.size, repaired };
    });
  }
}
