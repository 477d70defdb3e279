import type { OrganisationEntity, UserEntity } from '@forum/api/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';

/** "Worked for me too": one per person per answer, with their organisation at the time. */
@Entity()
@Index('answer_confirmation_user_id_idx', ['userId'])
export class AnswerConfirmationEntity {
  @PrimaryColumn({ type: 'uuid' })
  answerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: AnswerEntity;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL' })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
