import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, loadSigningKey, SignedTokens } from '@forum/api/platform';
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

/**
 * Signed, stateless tokens for the links of one reminder. The token proves the asker; which
 * answer to accept, or "still not solved", is the asker's choice on the page, so one token serves
 * every button of the reminder.
 */
@Injectable()
export class SolvedCheckTokens {
  // The purpose keeps these signatures apart from anything else the key might ever sign.
  private readonly tokens = new SignedTokens(
    () => loadSigningKey(this.dataSource, 'support_signing_key'),
    'solved-check.v1',
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  issue(claim: Omit<SolvedCheckClaim, 'expiresAt'>): Promise<string> {
    const expires = Math.floor((this.clock.now().getTime() + solvedCheckTokenLifetimeMs) / 1000);
    return this.tokens.sign({
      u: claim.userId,
      q: claim.questionId,
      c: claim.cycle,
      s: claim.step,
      e: expires,
    });
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
    const { u, q, c, s, e } = (await this.tokens.open(token)) ?? {};
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
}
