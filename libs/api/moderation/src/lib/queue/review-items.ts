import { Injectable } from '@nestjs/common';
import { type ReviewCause, ReviewStatus } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';
import type { TargetFacts } from '../targets/review-targets.js';
import { ReviewItemEntity } from './review-item.entity.js';

/** Finds or opens the one open review item of a target; the caller holds the target's lock. */
@Injectable()
export class ReviewItems {
  async openFor(
    manager: EntityManager,
    target: TargetFacts,
    cause: ReviewCause,
    spamRule: string | null = null,
  ): Promise<ReviewItemEntity> {
    const open = await manager.findOne(ReviewItemEntity, {
      where: { targetKind: target.kind, targetId: target.id, status: ReviewStatus.Open },
    });
    if (open) return open;
    return manager.save(
      manager.create(ReviewItemEntity, {
        targetKind: target.kind,
        targetId: target.id,
        authorId: target.authorId,
        productId: target.productId,
        cause,
        spamRule,
      }),
    );
  }
}
