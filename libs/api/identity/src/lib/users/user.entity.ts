import { type Locale, locales, Role, roles } from '@forum/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** A person. Deleting an account anonymises the row so that posts stay attributed. */
@Entity('user_account')
@Index('user_account_email_uq', ['email'], { unique: true })
@Index('user_account_reputation_idx', ['reputation'])
// A trigram index on an expression, written by hand in its migration (MentionNameSearch).
@Index('user_account_name_search_idx', { synchronize: false })
@Check('user_account_locale_check', `locale IN (${locales.map((l) => `'${l}'`).join(', ')})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'citext' })
  email!: string;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'varchar', length: 60 })
  displayName!: string;

  /** argon2id; null for accounts that only sign in through single sign-on. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'enum', enum: roles, enumName: 'user_role', default: Role.Member })
  role!: Role;

  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale!: Locale;

  /** IANA time zone, e.g. `Europe/Berlin`: digests arrive at 08:00 there and show its dates. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  /** Public job title of company staff, e.g. "Support Engineer, Billing". */
  @Column({ type: 'varchar', length: 100, nullable: true })
  expertTitle!: string | null;

  /**
   * The sum of the person's reputation ledger, kept in the transaction of every ledger write so
   * privilege checks and author lines read it without a join. Only the reputation domain writes
   * it (through UserService), and its recompute command repairs it from the ledger.
   */
  @Column({ type: 'integer', default: 0 })
  reputation!: number;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  suspensionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  isSuspended(now = new Date()): boolean {
    return this.suspendedUntil !== null && this.suspendedUntil > now;
  }
}
