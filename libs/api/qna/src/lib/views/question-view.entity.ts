import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuestionEntity } from '../questions/question.entity.js';

/** Counts a visitor once per question per day; rows older than a day can be pruned. */
@Entity()
export class QuestionViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  /** A person's id, or a hash of a visitor's address and browser. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  visitor!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: QuestionEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  viewedAt!: Date;
}
