import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, loadSigningKey, SignedTokens } from '@forum/api/platform';
import {
  DigestUnsubscribeScope,
  notificationKinds,
  type UnsubscribeScope,
} from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { NotificationException, NotificationExceptionCode } from '../notification.exception.js';

/** How long an unsubscribe link in a mail keeps working. */
export const unsubscribeTokenLifetimeMs = 90 * 24 * 60 * 60 * 1000;

export interface UnsubscribeClaim {
  userId: string;
  scope: UnsubscribeScope;
  expiresAt: Date;
}

const scopes: readonly string[] = [...notificationKinds, ...Object.values(DigestUnsubscribeScope)];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signed, stateless unsubscribe tokens, the payload naming the person, what to switch off and
 * until when the link works.
 */
@Injectable()
export class UnsubscribeTokenService {
  private readonly tokens = new SignedTokens(() =>
    loadSigningKey(this.dataSource, 'notification_signing_key'),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  issue(userId: string, scope: UnsubscribeScope): Promise<string> {
    const expires = Math.floor((this.clock.now().getTime() + unsubscribeTokenLifetimeMs) / 1000);
    return this.tokens.sign({ u: userId, s: scope, e: expires });
  }

  /** The claim of a genuine, unexpired token; typed errors otherwise. */
  async verify(token: string): Promise<UnsubscribeClaim> {
    const claim = await this.read(token);
    if (claim.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new NotificationException(
        NotificationExceptionCode.UnsubscribeTokenExpired,
        'This unsubscribe link has expired. Change your e-mail settings on the preferences page.',
      );
    }
    return claim;
  }

  private async read(token: string): Promise<UnsubscribeClaim> {
    const invalid = () =>
      new NotificationException(
        NotificationExceptionCode.UnsubscribeTokenInvalid,
        'This unsubscribe link is not valid.',
      );
    const { u, s, e } = (await this.tokens.open(token)) ?? {};
    if (typeof u !== 'string' || !uuid.test(u)) throw invalid();
    if (typeof s !== 'string' || !scopes.includes(s)) throw invalid();
    if (typeof e !== 'number' || !Number.isSafeInteger(e)) throw invalid();
    return { userId: u, scope: s as UnsubscribeScope, expiresAt: new Date(e * 1000) };
  }
}
