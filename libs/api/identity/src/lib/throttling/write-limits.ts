import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForumException, PrivilegeConfig, WriteLimitConfig } from '@forum/api/platform';
import {
  EdgeErrorReason,
  ErrorKind,
  Privilege,
  Role,
  WriteClass,
  type WriteLimit,
} from '@forum/shared/domain';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Viewer } from '../viewer/viewer.js';

/** Classes whose points new members get only a share of. */
const stricterForNewAccounts: ReadonlySet<WriteClass> = new Set([
  WriteClass.Post,
  WriteClass.Vote,
  WriteClass.Change,
]);

/** Who a write counts against: the API token, else the person, else the client address. */
export function writerKey(writeClass: WriteClass, viewer: Viewer | undefined, ip: string): string {
  if (writeClass === WriteClass.SignUp || !viewer) return `ip:${ip}`;
  if (viewer.via === 'token' && viewer.tokenId) return `token:${viewer.tokenId}`;
  return `person:${viewer.user.id}`;
}

/**
 * Counts every write in PostgreSQL (the `rate_limit` table the sign-in throttle uses), so all API
 * replicas share the counters: one bucket per write class and writer (API token, person, or
 * client address for visitors), and one per client address across all writes. Each count is a
 * single atomic upsert, so concurrent writes cannot slip past a limit.
 */
@Injectable()
export class WriteLimits {
  private readonly byClass = new Map<string, RateLimiterPostgres>();
  private readonly perIp: RateLimiterPostgres;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    config: WriteLimitConfig,
    private readonly privileges: PrivilegeConfig,
  ) {
    const storeClient = (dataSource.driver as PostgresDriver).master;
    const limiter = (keyPrefix: string, limit: WriteLimit) =>
      new RateLimiterPostgres({
        storeClient,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        keyPrefix,
        points: limit.points,
        duration: limit.seconds,
      });
    for (const [writeClass, limit] of Object.entries(config.limits)) {
      this.byClass.set(writeClass, limiter(`write_${writeClass}`, limit));
      if (stricterForNewAccounts.has(writeClass as WriteClass)) {
        this.byClass.set(
          `${writeClass}:new`,
          limiter(`write_${writeClass}_new`, {
            points: newAccountPoints(limit.points, config.newAccountPercent),
            seconds: limit.seconds,
          }),
        );
      }
    }
    this.perIp = limiter('write_ip', config.perIp);
  }

  /**
   * Members below the `post_freely` reputation, the same line that sets their daily post limits:
   * an account that has not yet earned trust.
   */
  isNewAccount(viewer: Viewer | undefined): boolean {
    return (
      viewer?.user.role === Role.Member &&
      viewer.user.reputation < this.privileges.thresholds[Privilege.PostFreely]
    );
  }

  /** Counts one write; throws RATE_LIMITED with `retryAfterSeconds` when a bucket is empty. */
  async consume(writeClass: WriteClass, viewer: Viewer | undefined, ip: string): Promise<void> {
    const strict = stricterForNewAccounts.has(writeClass) && this.isNewAccount(viewer);
    const classLimiter = this.byClass.get(strict ? `${writeClass}:new` : writeClass)!;
    const outcomes = await Promise.allSettled([
      classLimiter.consume(writerKey(writeClass, viewer, ip)),
      this.perIp.consume(ip),
    ]);
    let waitMs = 0;
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') continue;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
    }
    if (outcomes.some((outcome) => outcome.status === 'rejected')) {
      throw new ForumException(
        ErrorKind.TooManyRequests,
        EdgeErrorReason.RateLimited,
        'Too many changes in a short time. Please wait before trying again.',
        { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), writeClass },
      );
    }
  }
}

export function newAccountPoints(points: number, percent: number): number {
  return Math.max(1, Math.floor((points * percent) / 100));
}
