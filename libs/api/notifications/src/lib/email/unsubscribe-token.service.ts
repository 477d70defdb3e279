import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
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
const maxTokenLength = 400;

/**
 * Signed, stateless unsubscribe tokens: `<payload>.<HMAC-SHA256>`, both base64url, the payload
 * naming the person, what to switch off and until when the link works. Nothing is stored per
 * mail, and a changed byte anywhere makes the token worthless.
 */
@Injectable()
export class UnsubscribeTokenService {
  private key: Promise<Buffer> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async issue(userId: string, scope: UnsubscribeScope): Promise<string> {
    const expires = Math.floor((this.clock.now().getTime() + unsubscribeTokenLifetimeMs) / 1000);
    const payload = Buffer.from(JSON.stringify({ u: userId, s: scope, e: expires })).toString(
      'base64url',
    );
    return `${payload}.${await this.sign(payload)}`;
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
    const { u, s, e } = (parsed ?? {}) as { u?: unknown; s?: unknown; e?: unknown };
    if (typeof u !== 'string' || !uuid.test(u)) throw invalid();
    if (typeof s !== 'string' || !scopes.includes(s)) throw invalid();
    if (typeof e !== 'number' || !Number.isSafeInteger(e)) throw invalid();
    return { userId: u, scope: s as UnsubscribeScope, expiresAt: new Date(e * 1000) };
  }

  private async sign(payload: string): Promise<string> {
    const key = await this.signingKey();
    return createHmac('sha256', key).update(payload).digest('base64url');
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
      `INSERT INTO notification_signing_key (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`,
      [randomBytes(32).toString('base64url')],
    );
    const [row]: Array<{ secret: string }> = await this.dataSource.query(
      `SELECT secret FROM notification_signing_key WHERE id = 1`,
    );
    if (!row) throw new Error('The unsubscribe signing key is missing');
    return Buffer.from(row.secret, 'base64url');
  }
}
