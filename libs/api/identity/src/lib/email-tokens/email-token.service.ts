import { Injectable } from '@nestjs/common';
import { Clock } from '@forum/api/platform';
import { type EntityManager, IsNull } from 'typeorm';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import type { UserEntity } from '../users/user.entity.js';
import { randomToken, sha256 } from '../viewer/viewer.js';
import { EmailTokenEntity, EmailTokenPurpose } from './email-token.entity.js';

const lifetimeMs: Record<EmailTokenPurpose, number> = {
  [EmailTokenPurpose.VerifyEmail]: 48 * 60 * 60 * 1000,
  [EmailTokenPurpose.ResetPassword]: 60 * 60 * 1000,
  [EmailTokenPurpose.SignInLink]: 15 * 60 * 1000,
};

/** One-time tokens for e-mailed links: verification, password reset and sign-in. */
@Injectable()
export class EmailTokenService {
  constructor(private readonly clock: Clock) {}

  /** Issues a token for the person's current address; earlier unused tokens of that purpose stop working. */
  async issue(
    manager: EntityManager,
    user: UserEntity,
    purpose: EmailTokenPurpose,
  ): Promise<string> {
    const repository = manager.getRepository(EmailTokenEntity);
    const now = this.clock.now();
    await repository.update({ userId: user.id, purpose, usedAt: IsNull() }, { usedAt: now });
    const token = randomToken();
    await repository.insert({
      userId: user.id,
      purpose,
      tokenHash: sha256(token),
      email: user.email,
      expiresAt: new Date(now.getTime() + lifetimeMs[purpose]),
      usedAt: null,
    });
    return token;
  }

  /** Marks the token used and returns it with its person; unknown, used and expired tokens are refused. */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: EmailTokenPurpose,
  ): Promise<EmailTokenEntity & { user: UserEntity }> {
    const row = await manager.getRepository(EmailTokenEntity).findOne({
      where: { tokenHash: sha256(token), purpose },
      relations: { user: true },
      lock: { mode: 'pessimistic_write', tables: ['email_token'] },
    });
    if (
      !row?.user ||
      row.usedAt ||
      row.user.deletedAt ||
      row.email.toLowerCase() !== row.user.email.toLowerCase()
    ) {
      throw new IdentityException(
        IdentityExceptionCode.TokenInvalid,
        'This link is not valid (any more). Please request a new one.',
      );
    }
    const now = this.clock.now();
    if (row.expiresAt.getTime() <= now.getTime()) {
      throw new IdentityException(
        IdentityExceptionCode.TokenExpired,
        'This link has expired. Please request a new one.',
      );
    }
    row.usedAt = now;
    await manager.getRepository(EmailTokenEntity).update({ id: row.id }, { usedAt: row.usedAt });
    return row as EmailTokenEntity & { user: UserEntity };
  }
}
