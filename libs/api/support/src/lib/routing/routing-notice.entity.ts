import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';

/** The one time the top expert was told about a question nobody claimed in time. */
@Entity()
export class RoutingNoticeEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @OneToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  question?: unknown;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @Column({ type: 'timestamptz' })
  notifiedAt!: Date;
}
