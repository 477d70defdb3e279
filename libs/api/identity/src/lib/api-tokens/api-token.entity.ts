import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

export const ApiTokenScope = { Read: 'read', Write: 'write' } as const;
export type ApiTokenScope = (typeof ApiTokenScope)[keyof typeof ApiTokenScope];

/** A personal access token for scripts and integrations; only its SHA-256 is stored. */
@Entity()
@Index('api_token_token_hash_uq', ['tokenHash'], { unique: true })
@Index(['userId'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** The first characters of the token, so its owner can recognise it in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ type: 'enum', enum: Object.values(ApiTokenScope), enumName: 'api_token_scope' })
  scope!: ApiTokenScope;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
