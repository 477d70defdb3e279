import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * What the spam rules remember of each new question and answer: a hash of its normalised text
 * and its length, at the time it was posted, to spot repeats and inhuman typing speed.
 */
@Entity()
@Index('post_fingerprint_author_id_posted_at_idx', ['authorId', 'postedAt'])
export class PostFingerprintEntity {
  /** The question or answer (ids are unique across both). */
  @PrimaryColumn({ type: 'uuid' })
  postId!: string;

  @Column({ type: 'varchar', length: 10 })
  postKind!: 'question' | 'answer';

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  author?: unknown;

  /** SHA-256 of the body, lower-cased, with whitespace and punctuation collapsed. */
  @Column({ type: 'char', length: 64 })
  textHash!: string;

  @Column({ type: 'integer' })
  characters!: number;

  @Column({ type: 'timestamptz' })
  postedAt!: Date;
}
