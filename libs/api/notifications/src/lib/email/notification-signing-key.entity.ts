import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The community's key for signing unsubscribe links, made at first use and shared by every API
 * replica through the database, so links keep working across restarts without a setting.
 */
@Entity()
export class NotificationSigningKeyEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  /** 32 random bytes, base64url. */
  @Column({ type: 'varchar', length: 64 })
  secret!: string;
}
