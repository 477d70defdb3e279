import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { LeaderboardPeriod } from '@forum/shared/domain';
import { DataSource } from 'typeorm';

export interface LeaderboardRow {
  userId: string;
  points: number;
}

const periodDays: Record<LeaderboardPeriod, number | null> = {
  week: 7,
  month: 30,
  all_time: null,
};

/**
 * Who earned the most reputation, overall or in one product, over a period. Period and product
 * boards sum ledger rows through covering indexes; the overall all-time board reads the stored
 * totals.
 */
@Injectable()
export class LeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
  ) {}

  async top(
    productId: string | null,
    period: LeaderboardPeriod,
    limit: number,
  ): Promise<LeaderboardRow[]> {
    // Room for deleted accounts, which are left out.
    const fetch = limit + 20;
    const days = periodDays[period];
    const rows =
      !productId && days === null
        ? await this.users.topByReputation(fetch)
        : ((await this.dataSource.query(
            `SELECT user_id AS "userId", sum(delta)::int AS points FROM reputation_change
             WHERE ($1::uuid IS NULL OR product_id = $1)
               AND ($2::int IS NULL OR created_at >= now() - make_interval(days => $2))
             GROUP BY user_id HAVING sum(delta) > 0
             ORDER BY points DESC, user_id LIMIT $3`,
            [productId, days, fetch],
          )) as LeaderboardRow[]);
    const people = await this.users.findByIds(rows.map((row) => row.userId));
    return rows.filter((_, i) => people[i] && !people[i].deletedAt).slice(0, limit);
  }
}
