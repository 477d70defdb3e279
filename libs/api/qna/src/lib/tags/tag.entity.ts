import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A topic label, created on first use; moderators rename and merge them. */
@Entity()
@Unique(['slug'])
export class TagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case letters, digits and hyphens, e.g. `password-reset`. */
  @Column({ type: 'varchar', length: 40 })
  slug!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
