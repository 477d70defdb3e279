import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditLogArgs, AuditLogFilter } from './dto/audit-log.args.js';

/** The most rows one CSV export holds; a larger log is exported a date range at a time. */
export const auditExportMaxRows = 100_000;

interface Position {
  createdAt: string;
  id: string;
}

export type PositionedEntry = AuditEntryEntity & { position: Position };

/** Reads the audit log, newest first, for the admin page, the query and the CSV export. */
@Injectable()
export class AuditLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(args: AuditLogArgs): Promise<Connection<AuditEntryEntity>> {
    const totalCount = await this.filtered(args.filter).getCount();
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const rows = await this.newestFirst(
      args.filter,
      after ? { createdAt: String(after[0]), id: String(after[1]) } : undefined,
      args.first + 1,
    );
    return toConnection(rows, args.first, totalCount, (row) => [row.position.createdAt, row.id]);
  }

  /** How many entries match, counting no further than `limit` + 1. */
  async countUpTo(filter: AuditLogFilter | null | undefined, limit: number): Promise<number> {
    const [sql, parameters] = this.filtered(filter)
      .select('1')
      .limit(limit + 1)
      .getQueryAndParameters();
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (${sql}) AS matching`,
      parameters,
    )) as Array<{ count: number }>;
    return row?.count ?? 0;
  }

  /**
   * The matching entries, newest first, a batch at a time: each batch is one keyset query, so an
   * export never holds more than `batchSize` rows in memory and never locks the table.
   */
  async *batches(
    filter: AuditLogFilter | null | undefined,
    batchSize = 1000,
  ): AsyncGenerator<PositionedEntry[]> {
    let last: Position | undefined;
    for (;;) {
      const rows = await this.newestFirst(filter, last, batchSize);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batchSize) return;
      last = rows.at(-1)!.position;
    }
  }

  /**
   * Entries after a position, newest first. Positions carry the exact microseconds PostgreSQL
   * stored, so entries within one millisecond are neither skipped nor repeated across pages.
   */
  private async newestFirst(
    filter: AuditLogFilter | null | undefined,
    after: Position | undefined,
    limit: number,
  ): Promise<PositionedEntry[]> {
    const query = this.filtered(filter).addSelect(
      `to_char(entry.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      'position_created_at',
    );
    if (after) {
      query.andWhere('(entry.created_at, entry.id) < (CAST(:createdAt AS timestamptz), :id)', {
        createdAt: after.createdAt,
        id: after.id,
      });
    }
    const { entities, raw } = await query
      .orderBy('entry.created_at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ position_created_at: string }>();
    return entities.map((entity, i) =>
      Object.assign(entity, {
        position: { createdAt: raw[i]!.position_created_at, id: entity.id },
      }),
    );
  }

  private filtered(
    filter: AuditLogFilter | null | undefined,
  ): SelectQueryBuilder<AuditEntryEntity> {
    const query = this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'entry');
    if (filter?.actorId) query.andWhere('entry.actor_id = :actorId', { actorId: filter.actorId });
    if (filter?.action?.length)
      query.andWhere('entry.action = ANY(:actions)', { actions: filter.action });
    if (filter?.targetType)
      query.andWhere('entry.target_type = :targetType', { targetType: filter.targetType });
    if (filter?.targetId)
      query.andWhere('entry.target_id = :targetId', { targetId: filter.targetId });
    if (filter?.from) query.andWhere('entry.created_at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('entry.created_at < :to', { to: filter.to });
    return query;
  }
}
