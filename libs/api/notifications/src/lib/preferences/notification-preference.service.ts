import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  defaultEmailCadence,
  type EmailCadence,
  type NotificationKind,
  notificationKinds,
} from '@forum/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface KindPreference {
  kind: NotificationKind;
  emailCadence: EmailCadence;
  isDefault: boolean;
}

export interface PreferenceChange {
  kind: NotificationKind;
  emailCadence: EmailCadence;
}

/** Per-kind e-mail cadences; a kind without a stored choice follows its default. */
@Injectable()
export class NotificationPreferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<KindPreference[]> {
    const rows: Array<{ kind: string; email_cadence: EmailCadence }> = await manager.query(
      `SELECT kind, email_cadence FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    const chosen = new Map(rows.map((row) => [row.kind, row.email_cadence]));
    return notificationKinds.map((kind) => {
      const stored = chosen.get(kind);
      return {
        kind,
        emailCadence: stored ?? defaultEmailCadence[kind],
        isDefault: stored === undefined,
      };
    });
  }

  /** Stores the choices in one statement; a choice equal to the default is stored all the same. */
  async update(userId: string, changes: readonly PreferenceChange[]): Promise<KindPreference[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.set(manager, userId, changes);
      return this.list(userId, manager);
    });
  }

  async set(
    manager: EntityManager,
    userId: string,
    changes: readonly PreferenceChange[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `INSERT INTO notification_preference (user_id, kind, email_cadence, updated_at)
       SELECT $1, kind, cadence, now() FROM unnest($2::varchar[], $3::varchar[]) AS c(kind, cadence)
       ON CONFLICT (user_id, kind) DO UPDATE
         SET email_cadence = EXCLUDED.email_cadence, updated_at = EXCLUDED.updated_at`,
      [userId, changes.map((c) => c.kind), changes.map((c) => c.emailCadence)],
    );
  }

  /** The cadence of `kind` for each of the people, their choice or the default. */
  async cadencesOf(
    manager: EntityManager,
    userIds: readonly string[],
    kind: NotificationKind,
  ): Promise<Map<string, EmailCadence>> {
    const result = new Map<string, EmailCadence>(
      userIds.map((id) => [id, defaultEmailCadence[kind]]),
    );
    if (userIds.length === 0) return result;
    const rows: Array<{ user_id: string; email_cadence: EmailCadence }> = await manager.query(
      `SELECT user_id, email_cadence FROM notification_preference
       WHERE user_id = ANY($1::uuid[]) AND kind = $2`,
      [userIds, kind],
    );
    for (const row of rows) result.set(row.user_id, row.email_cadence);
    return result;
  }

  /** The kinds a person gets e-mailed at this cadence. */
  async kindsWithCadence(
    manager: EntityManager,
    userId: string,
    cadence: EmailCadence,
  ): Promise<NotificationKind[]> {
    const preferences = await this.list(userId, manager);
    return preferences.filter((p) => p.emailCadence === cadence).map((p) => p.kind);
  }
}
