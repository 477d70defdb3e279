import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

export const EmailTokenPurpose = {
  VerifyEmail: 'verify_email',
  ResetPassword: 'reset_password',
  SignInLink: 'sign_in_link',
} as const;
export type EmailTokenPurpose = (typeof EmailTokenPurpose)[keyof typeof EmailTokenPurpose];

/** A one-time link sent by e-mail; only its SHA-256 is stored. */
@Entity()
@Index('email_token_token_hash_uq', ['tokenHash'], { unique: true })
@Index(['userId'])
export class EmailTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'enum', enum: Object.values(EmailTokenPurpose), enumName: 'email_token_purpose' })
  purpose!: EmailTokenPurpose;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** The address the link went to; verifying it only counts while the account still has it. */
  @Column({ type: 'citext' })
  email!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
