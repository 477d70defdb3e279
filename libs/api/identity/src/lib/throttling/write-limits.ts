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

/**
 * The class buckets a write counts against: the person's for every signed-in write, whether
 * through a browser session or an API token (so holding many tokens does not multiply a
 * person's limit), the token's own as well for token requests, and the client address's for
 * visitors and for every sign-up.
 */
export function writerKeys(
  writeClass: WriteClass,
  viewer: Viewer | undefined,
  ip: string,
): string[] {
  if (writeClass === WriteClass.SignUp || !viewer) return [`ip:${ip}`];
  const person = `person:${viewer.user.id}`;
  return viewer.via === 'token' && viewer.tokenId ? [person, `token:${viewer.tokenId}`] : [person];
}

/**
 * Counts every write in PostgreSQL (the `rate_limit` table the sign-in throttle uses), so all API
 * replicas share the counters: per write class, one bucket per person (and per API token), or
 * per client address for visitors; and one per client address across all writes. Each count is
 * a single atomic upsert, so concurrent writes cannot slip past a limit.
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
      ...writerKeys(writeClass, viewer, ip).map((key) => classLimiter.consume(key)),
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
