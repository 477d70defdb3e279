import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';

export type ThrottledAction = 'sign_in' | 'password_reset' | 'sign_in_link';

const freeFailuresPerAccount = 5;
const failuresPerIpPerHour = 50;
/** Failures for one account from all addresses together, per hour, before everyone waits. */
const failuresPerAccountPerHour = 20;
const maxBlockSeconds = 60 * 60;
/**
 * Only password guessing is counted per account across addresses: counting link requests that
 * way would let a stranger stop the owner from asking for the link that lets them in.
 */
const accountWideActions: ReadonlySet<ThrottledAction> = new Set(['sign_in']);

/**
 * Limits guessing per account and client address, and per address, in PostgreSQL so every API
 * replica sees the same counters. After five failures for one account from one address, that
 * address is blocked for that account for 1, 1, 2, 3, 5, 8... minutes (up to an hour), the
 * back-off pattern recommended by rate-limiter-flexible. Counting per account and address is
 * what keeps a stranger who guesses a known address from locking its owner out: the owner signs
 * in from their own address.
 *
 * Guessing from many addresses is caught per account: after 20 failed sign-ins within an hour,
 * from any addresses, password sign-in for that account waits 5, 5, 10, 15, 25, 40 minutes (up to
 * an hour) for everyone. The owner is still not locked out: an e-mailed sign-in link is not
 * subject to these counters, and signing in with it lifts the account-wide block.
 */
@Injectable()
export class AttemptThrottle {
  private readonly failuresByAccount: RateLimiterPostgres;
  private readonly blocksByAccount: RateLimiterPostgres;
  private readonly failuresByIp: RateLimiterPostgres;
  private readonly failuresByAccountEverywhere: RateLimiterPostgres;
  private readonly blocksByAccountEverywhere: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const storeClient = (dataSource.driver as PostgresDriver).master;
    const common = { storeClient, storeType: 'pool', tableName: 'rate_limit', tableCreated: true };
    this.failuresByAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: freeFailuresPerAccount,
      duration: 15 * 60,
    });
    this.blocksByAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account_blocks',
      points: 10_000,
      duration: 24 * 60 * 60,
    });
    this.failuresByIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: failuresPerIpPerHour,
      duration: 60 * 60,
    });
    this.failuresByAccountEverywhere = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account_all',
      points: failuresPerAccountPerHour,
      duration: 60 * 60,
    });
    this.blocksByAccountEverywhere = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account_all_blocks',
      points: 10_000,
      duration: 24 * 60 * 60,
    });
  }

  /**
   * Throws TOO_MANY_ATTEMPTS while the account (from this address, or everywhere) or the address
   * is blocked; `hint` is added to the error's extensions, e.g. what else the person can do.
   */
  async assertAllowed(
    action: ThrottledAction,
    account: string,
    ip: string,
    hint: Record<string, unknown> = {},
  ): Promise<void> {
    const [byAccount, byIp, everywhere] = await Promise.all([
      this.failuresByAccount.get(accountKey(action, account, ip)),
      this.failuresByIp.get(`${action}:${ip}`),
      accountWideActions.has(action)
        ? this.failuresByAccountEverywhere.get(accountWideKey(action, account))
        : null,
    ]);
    const waits = [
      byAccount && byAccount.consumedPoints > freeFailuresPerAccount ? byAccount.msBeforeNext : 0,
      byIp && byIp.consumedPoints > failuresPerIpPerHour ? byIp.msBeforeNext : 0,
      everywhere && everywhere.consumedPoints > failuresPerAccountPerHour
        ? everywhere.msBeforeNext
        : 0,
    ];
    const waitMs = Math.max(...waits);
    if (waitMs > 0) {
      throw new IdentityException(
        IdentityExceptionCode.TooManyAttempts,
        'Too many attempts. Please wait before trying again.',
        { retryAfterSeconds: Math.ceil(waitMs / 1000), ...hint },
      );
    }
  }

  async recordFailure(action: ThrottledAction, account: string, ip: string): Promise<void> {
    const key = accountKey(action, account, ip);
    await this.failuresByIp.consume(`${action}:${ip}`).catch(rethrowUnlessLimited);
    try {
      await this.failuresByAccount.consume(key);
    } catch (rejection) {
      rethrowUnlessLimited(rejection);
      const blocks = await this.blocksByAccount.penalty(key);
      await this.failuresByAccount.block(key, blockSeconds(blocks.consumedPoints, 60));
    }
    if (!accountWideActions.has(action)) return;
    // The failure that uses up the hour's allowance starts the block, so the next attempt waits.
    const everywhereKey = accountWideKey(action, account);
    const used = await this.failuresByAccountEverywhere
      .consume(everywhereKey)
      .catch((rejection: unknown) => {
        rethrowUnlessLimited(rejection);
        return null;
      });
    if (used && used.remainingPoints > 0) return;
    const blocks = await this.blocksByAccountEverywhere.penalty(everywhereKey);
    await this.failuresByAccountEverywhere.block(
      everywhereKey,
      blockSeconds(blocks.consumedPoints, 5 * 60),
    );
  }

  /** A right password from this address: its failures for the account are forgotten. */
  async recordSuccess(action: ThrottledAction, account: string, ip: string): Promise<void> {
    const key = accountKey(action, account, ip);
    await Promise.all([this.failuresByAccount.delete(key), this.blocksByAccount.delete(key)]);
  }

  /**
   * The owner proved they read the account's mail (a sign-in or reset link): the failures from
   * this address and the account-wide count are forgotten, so password sign-in works again for
   * everyone. How often the account was blocked today is kept, so guessing that resumes is
   * blocked for longer straight away.
   */
  async recordMailboxProof(action: ThrottledAction, account: string, ip: string): Promise<void> {
    await Promise.all([
      this.recordSuccess(action, account, ip),
      this.failuresByAccountEverywhere.delete(accountWideKey(action, account)),
    ]);
  }
}

function accountKey(action: ThrottledAction, account: string, ip: string): string {
  return `${action}:${account.trim().toLowerCase()}:${ip}`;
}

function accountWideKey(action: ThrottledAction, account: string): string {
  return `${action}:${account.trim().toLowerCase()}`;
}

/** Fibonacci multiples of `unitSeconds`: 1, 1, 2, 3, 5, 8, ... units, capped at an hour. */
function blockSeconds(consecutiveBlocks: number, unitSeconds: number): number {
  let [previous, current] = [0, 1];
  for (let i = 1; i < consecutiveBlocks; i++) [previous, current] = [current, previous + current];
  return Math.min(current * unitSeconds, maxBlockSeconds);
}

function rethrowUnlessLimited(rejection: unknown): void {
  if (!(rejection instanceof RateLimiterRes)) throw rejection;
}
