import { FollowTarget, followTargets } from '@forum/shared/domain';
import {
  Check,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

/**
 * A person follows (watches) a question, an idea, a tag or a product: they hear about what
 * happens there. The target is a plain id, since it lives in another domain's table; rows of a
 * deleted target are removed by that domain's event.
 */
@Entity()
@Index('follow_target_idx', ['targetType', 'targetId'])
@Check(
  'follow_target_type_check',
  `target_type IN (${followTargets.map((t) => `'${t}'`).join(', ')})`,
)
export class FollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: unknown;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  targetType!: FollowTarget;

  @PrimaryColumn({ type: 'uuid' })
  targetId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
