import { QuestionState } from '@forum/shared/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Visible questions per product and state, kept by a trigger on `question` (see the migration
 * that creates it), so list totals need no count over every question.
 */
@Entity()
export class QuestionTallyEntity {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({
    type: 'enum',
    enum: Object.values(QuestionState),
    enumName: 'question_state',
  })
  state!: QuestionState;

  @Column({ type: 'integer' })
  questions!: number;
}
