import type { UserEntity } from '@forum/api/identity';
import { IdeaStatus, ideaLimits } from '@forum/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { IdeaEntity } from '../ideas/idea.entity.js';

/** One status change with the product manager's public message; the idea's history. */
@Entity()
@Index('idea_status_change_idea_id_created_at_idx', ['ideaId', 'createdAt'])
@Check(
  'idea_status_change_message_length_check',
  `char_length(message) BETWEEN ${ideaLimits.statusMessageMin} AND ${ideaLimits.statusMessageMax}`,
)
export class IdeaStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @Column({ type: 'enum', enum: Object.values(IdeaStatus), enumName: 'idea_status' })
  fromStatus!: IdeaStatus;

  @Column({ type: 'enum', enum: Object.values(IdeaStatus), enumName: 'idea_status' })
  toStatus!: IdeaStatus;

  /** Markdown, shown to everyone and sent to the people notified. */
  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'uuid' })
  changedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  changedBy?: UserEntity;

  /** How many people were notified. */
  @Column({ type: 'integer', default: 0 })
  notifiedCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
