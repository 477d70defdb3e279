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

/**
 * A comment on an idea. It stays on its idea when that idea is merged; the target shows the
 * comments of the ideas merged into it too.
 */
@Entity()
@Index('idea_comment_idea_id_created_at_idx', ['ideaId', 'createdAt'])
@Check(
  'idea_comment_body_length_check',
  `char_length(body) BETWEEN ${ideaLimits.commentMin} AND ${ideaLimits.commentMax}`,
)
export class IdeaCommentEntity {
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

  /** Markdown, rendered and sanitised by the web app. */
  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
