import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';

export type ThrottledAction = 'sign_in' | 'password_reset';

const freeFailuresPerAccount = 5;
const failuresPerIpPerHour = 50;
const maxBlockSeconds = 60 * 60;

/**
 * Limits guessing per account and client address, and per address, in PostgreSQL so every API
 * replica sees the same counters. After five failures for one account from one address, that
 * address is blocked for that account for 1, 1, 2, 3, 5, 8... minutes (up to an hour), the
 * back-off pattern recommended by rate-limiter-flexible. Counting per account and address is
 * what keeps a stranger who guesses a known address from locking its owner out: the owner signs
 * in from their own address.
 */
@Injectable()
export class AttemptThrottle {
  private readonly failuresByAccount: RateLimiterPostgres;
  private readonly blocksByAccount: RateLimiterPostgres;
  private readonly failuresByIp: RateLimiterPostgres;

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
  }

  /** Throws TOO_MANY_ATTEMPTS while the account or the address is blocked. */
  async assertAllowed(action: ThrottledAction, account: string, ip: string): Promise<void> {
    const [byAccount, byIp] = await Promise.all([
      this.failuresByAccount.get(accountKey(action, account, ip)),
      this.failuresByIp.get(`${action}:${ip}`),
    ]);
    const waits = [
      byAccount && byAccount.consumedPoints > freeFailuresPerAccount ? byAccount.msBeforeNext : 0,
      byIp && byIp.consumedPoints > failuresPerIpPerHour ? byIp.msBeforeNext : 0,
    ];
    const waitMs = Math.max(...waits);
    if (waitMs > 0) {
      throw new IdentityException(
        IdentityExceptionCode.TooManyAttempts,
        'Too many attempts. Please wait before trying again.',
        { retryAfterSeconds: Math.ceil(waitMs / 1000) },
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
      await this.failuresByAccount.block(key, blockSeconds(blocks.consumedPoints));
    }
  }

  async recordSuccess(action: ThrottledAction, account: string, ip: string): Promise<void> {
    const key = accountKey(action, account, ip);
    await Promise.all([this.failuresByAccount.delete(key), this.blocksByAccount.delete(key)]);
  }
}

function accountKey(action: ThrottledAction, account: string, ip: string): string {
  return `${action}:${account.trim().toLowerCase()}:${ip}`;
}

/** Fibonacci minutes: 1, 1, 2, 3, 5, 8, ... capped at an hour. */
function blockSeconds(consecutiveBlocks: number): number {
  let [previous, current] = [0, 1];
  for (let i = 1; i < consecutiveBlocks; i++) [previous, current] = [current, previous + current];
  return Math.min(current * 60, maxBlockSeconds);
}

function rethrowUnlessLimited(rejection: unknown): void {
  if (!(rejection instanceof RateLimiterRes)) throw rejection;
}
