import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
import { DataSource } from 'typeorm';
import { SolvedCheckException, SolvedCheckExceptionCode } from './solved-check.exception.js';

/** How long the links of one reminder keep working. */
export const solvedCheckTokenLifetimeMs = 60 * 24 * 60 * 60 * 1000;

/** Who a reminder went to, about which question, and which reminder it was. */
export interface SolvedCheckClaim {
  userId: string;
  questionId: string;
  cycle: number;
  step: number;
  expiresAt: Date;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const maxTokenLength = 400;
// Keeps these signatures apart from anything else the key might ever sign.
const purpose = 'solved-check.v1';

/**
 * Signed, stateless tokens for the links of one reminder: `<payload>.<HMAC-SHA256>`, both
 * base64url. The token proves the asker; which answer to accept, or "still not solved", is the
 * asker's choice on the page, so one token serves every button of the reminder.
 */
@Injectable()
export class SolvedCheckTokens {
  private key: Promise<Buffer> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async issue(claim: Omit<SolvedCheckClaim, 'expiresAt'>): Promise<string> {
    const expires = Math.floor((this.clock.now().getTime() + solvedCheckTokenLifetimeMs) / 1000);
    const payload = Buffer.from(
      JSON.stringify({
        u: claim.userId,
        q: claim.questionId,
        c: claim.cycle,
        s: claim.step,
        e: expires,
      }),
    ).toString('base64url');
    return `${payload}.${await this.sign(payload)}`;
  }

  /** The claim of a genuine, unexpired token; TOKEN_INVALID or TOKEN_EXPIRED otherwise. */
  async verify(token: string): Promise<SolvedCheckClaim> {
    const claim = await this.read(token);
    if (claim.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new SolvedCheckException(
        SolvedCheckExceptionCode.TokenExpired,
        'This link has expired. Open the question to mark the solution.',
      );
    }
    return claim;
  }

  private async read(token: string): Promise<SolvedCheckClaim> {
    const invalid = () =>
      new SolvedCheckException(SolvedCheckExceptionCode.TokenInvalid, 'This link is not valid.');
    if (typeof token !== 'string' || token.length > maxTokenLength) throw invalid();
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) throw invalid();
    const expected = Buffer.from(await this.sign(payload), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    const { u, q, c, s, e } = (parsed ?? {}) as Record<string, unknown>;
    if (typeof u !== 'string' || !uuid.test(u)) throw invalid();
    if (typeof q !== 'string' || !uuid.test(q)) throw invalid();
    for (const n of [c, s, e]) {
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) throw invalid();
    }
    return {
      userId: u,
      questionId: q,
      cycle: c as number,
      step: s as number,
      expiresAt: new Date((e as number) * 1000),
    };
  }

  private async sign(payload: string): Promise<string> {
    const key = await this.signingKey();
    return createHmac('sha256', key).update(`${purpose}.${payload}`).digest('base64url');
  }

  private signingKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  // Whichever replica comes first makes the key; the others read the one that won.
  private async loadKey(): Promise<Buffer> {
    await this.dataSource.query(
      `INSERT INTO support_signing_key (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`,
      [randomBytes(32).toString('base64url')],
    );
    const [row]: Array<{ secret: string }> = await this.dataSource.query(
      `SELECT secret FROM support_signing_key WHERE id = 1`,
    );
    if (!row) throw new Error('The support signing key is missing');
    return Buffer.from(row.secret, 'base64url');
  }
}
