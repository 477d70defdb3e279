import type { UserEntity } from '@forum/api/identity';
import { ideaLimits } from '@forum/shared/domain';
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

/** A staff-only note on an idea (customer names, deal sizes, plans); never shown to customers. */
@Entity()
@Index('idea_note_idea_id_created_at_idx', ['ideaId', 'createdAt'])
@Check('idea_note_body_length_check', `char_length(body) BETWEEN 1 AND ${ideaLimits.noteMax}`)
export class IdeaNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  idea?: IdeaEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: UserEntity;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
