import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import {
  DigestUnsubscribeScope,
  EmailCadence,
  type NotificationKind,
  type UnsubscribeScope,
} from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationException, NotificationExceptionCode } from '../notification.exception.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { UnsubscribeTokenService } from './unsubscribe-token.service.js';

export interface UnsubscribeState {
  scope: UnsubscribeScope;
  /** Whether the mail the link is about is already off. */
  unsubscribed: boolean;
}

const digestCadence: Record<DigestUnsubscribeScope, EmailCadence> = {
  [DigestUnsubscribeScope.Daily]: EmailCadence.Daily,
  [DigestUnsubscribeScope.Weekly]: EmailCadence.Weekly,
};

function digestOf(scope: UnsubscribeScope): EmailCadence | undefined {
  return digestCadence[scope as DigestUnsubscribeScope];
}

/**
 * What an unsubscribe link does: it switches off exactly the mail it came with, one kind or one
 * digest, and nothing else. Doing it again changes nothing more.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokenService,
    private readonly preferences: NotificationPreferenceService,
    private readonly users: UserService,
  ) {}

  async describe(token: string): Promise<UnsubscribeState> {
    const claim = await this.tokens.verify(token);
    return this.dataSource.transaction(async (manager) => {
      await this.assertPerson(manager, claim.userId);
      return {
        scope: claim.scope,
        unsubscribed: await this.isOff(manager, claim.userId, claim.scope),
      };
    });
  }

  async unsubscribe(token: string): Promise<UnsubscribeState> {
    const claim = await this.tokens.verify(token);
    return this.dataSource.transaction(async (manager) => {
      await this.assertPerson(manager, claim.userId);
      const digest = digestOf(claim.scope);
      const current = await this.preferences.list(claim.userId, manager);
      const kinds: NotificationKind[] = digest
        ? current.filter((p) => p.emailCadence === digest).map((p) => p.kind)
        : current
            .filter((p) => p.kind === claim.scope && p.emailCadence !== EmailCadence.Never)
            .map((p) => p.kind);
      await this.preferences.set(
        manager,
        claim.userId,
        kinds.map((kind) => ({ kind, emailCadence: EmailCadence.Never })),
      );
      return { scope: claim.scope, unsubscribed: true };
    });
  }

  private async isOff(manager: EntityManager, userId: string, scope: UnsubscribeScope) {
    const current = await this.preferences.list(userId, manager);
    const digest = digestOf(scope);
    if (digest) return !current.some((p) => p.emailCadence === digest);
    return current.find((p) => p.kind === scope)?.emailCadence === EmailCadence.Never;
  }

  // Two clicks at once apply one after the other; a deleted account makes its links worthless.
  private async assertPerson(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`unsubscribe:${userId}`]);
    const person = await this.users.findById(userId, manager);
    if (!person || person.deletedAt) {
      throw new NotificationException(
        NotificationExceptionCode.UnsubscribeTokenInvalid,
        'This unsubscribe link is not valid.',
      );
    }
  }
}
