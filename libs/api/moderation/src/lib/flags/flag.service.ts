import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { PostModeration } from '@forum/api/qna';
import {
  FlagReason,
  type FlagTargetKind,
  FlagTargetKind as Kind,
  isStaff,
  PostHiddenReason,
  ReviewCause,
} from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception.js';
import { ReviewItemEntity } from '../queue/review-item.entity.js';
import { ReviewItems } from '../queue/review-items.js';
import { lockReviewTarget } from '../queue/target-lock.js';
import { ModerationSettingsService } from '../settings/moderation-settings.service.js';
import { ReviewTargets } from '../targets/review-targets.js';
import { FlagEntity } from './flag.entity.js';
import { flagWeight } from './flag-weight.js';

export interface FlagRequest {
  targetKind: FlagTargetKind;
  targetId: string;
  reason: FlagReason;
  note?: string | null;
}

/**
 * Members' flags. Each flag joins its target's open review item; when a question's or answer's
 * open flags reach the hiding weight, the post is hidden (once) until a reviewer decides.
 */
@Injectable()
export class FlagService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: ReviewTargets,
    private readonly items: ReviewItems,
    private readonly posts: PostModeration,
    private readonly settings: ModerationSettingsService,
    private readonly clock: Clock,
  ) {}

  async flag(viewer: Viewer, request: FlagRequest): Promise<FlagEntity> {
    const note = request.note?.trim() || null;
    if (request.reason === FlagReason.Other && !note) {
      throw new ModerationException(
        ModerationExceptionCode.NoteRequired,
        'Say in a note what is wrong when the reason is OTHER.',
      );
    }
    const settings = await this.settings.current();
    const target = { kind: request.targetKind, id: request.targetId };
    return this.dataSource.transaction(async (manager) => {
      // Serialises the flags of one target: the duplicate check, the weight sum and the hiding
      // decision below see every earlier flag, so concurrent flags hide a post exactly once.
      await lockReviewTarget(manager, [target]);
      const facts = await this.targets.describeOne(manager, target);
      // A hidden post is invisible to members, so for them it does not exist; one that flags
      // hid a moment ago still takes the flags of those who were reading it.
      const invisible =
        facts !== null &&
        facts.hiddenReason !== null &&
        facts.hiddenReason !== PostHiddenReason.Flagged &&
        !isStaff(viewer.user.role);
      if (!facts || facts.deleted || invisible) {
        throw new ModerationException(
          ModerationExceptionCode.TargetNotFound,
          'Nothing to flag there.',
        );
      }
      if (facts.authorId === viewer.user.id) {
        throw new ModerationException(
          ModerationExceptionCode.OwnContent,
          facts.kind === Kind.User
            ? 'You cannot flag yourself.'
            : 'You cannot flag what you wrote.',
        );
      }
      const already = await manager.existsBy(FlagEntity, {
        targetKind: target.kind,
        targetId: target.id,
        flaggerId: viewer.user.id,
      });
      if (already) {
        throw new ModerationException(
          ModerationExceptionCode.AlreadyFlagged,
          'You have flagged this already.',
        );
      }
      const item = await this.items.openFor(manager, facts, ReviewCause.Flags);
      const weight = flagWeight(viewer.user, settings.flagHideWeight);
      const flag = await manager.save(
        manager.create(FlagEntity, {
          targetKind: target.kind,
          targetId: target.id,
          flaggerId: viewer.user.id,
          reason: request.reason,
          note,
          weight,
          reviewItemId: item.id,
        }),
      );
      item.flagCount += 1;
      item.flagWeight += weight;
      item.needsStaff ||= request.reason === FlagReason.NeedsStaff;
      const post = facts.kind === Kind.Question || facts.kind === Kind.Answer ? facts.kind : null;
      const hides =
        post !== null &&
        item.hiddenByFlagsAt === null &&
        facts.hiddenReason === null &&
        item.flagWeight >= settings.flagHideWeight;
      if (hides) {
        await this.posts.hide(
          manager,
          { kind: post, id: facts.id },
          { reason: PostHiddenReason.Flagged, note: `${item.flagCount} flags`, actor: null },
        );
        item.hiddenByFlagsAt = this.clock.now();
      }
      await manager.update(
        ReviewItemEntity,
        { id: item.id },
        {
          flagCount: item.flagCount,
          flagWeight: item.flagWeight,
          needsStaff: item.needsStaff,
          hiddenByFlagsAt: item.hiddenByFlagsAt,
        },
      );
      return flag;
    });
  }
}
