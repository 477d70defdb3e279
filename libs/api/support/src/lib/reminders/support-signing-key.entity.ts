import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The support desk's key for signing the links in "is it solved?" reminders, made at first use
 * and shared by every API replica through the database.
 */
@Entity()
export class SupportSigningKeyEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  /** 32 random bytes, base64url. */
  @Column({ type: 'varchar', length: 64 })
  secret!: string;
}
