import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, UserService, type Viewer } from '@forum/api/identity';
import { NotificationService } from '@forum/api/notifications';
import { Clock, type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { CommentService, PostModeration } from '@forum/api/qna';
import {
  AuditAction,
  type AuditTargetType,
  FlagTargetKind as Kind,
  NotificationKind,
  PostHiddenReason,
  ReviewAction,
  type ReviewCause,
  reviewLimits,
  ReviewStatus,
  Role,
} from '@forum/shared/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FlagEntity, FlagOutcome } from '../flags/flag.entity.js';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception.js';
import { ReviewTargets, type TargetFacts } from '../targets/review-targets.js';
import { ReviewItemEntity } from './review-item.entity.js';
import { lockReviewTarget } from './target-lock.js';

export interface ReviewQueueQuery {
  cause?: ReviewCause | null;
  status?: ReviewStatus | null;
  first: number;
  after?: string | null;
}

export interface Resolution {
  action: ReviewAction;
  reason?: string | null;
  suspendUntil?: Date | null;
}

/** What happens outside the resolving transaction, once it committed. */
type AfterCommit = () => Promise<unknown>;

const reviewers: readonly Role[] = [Role.Moderator, Role.Admin];

/**
 * The review queue: who sees which items, claiming them for a while, and resolving them. Every
 * resolution locks the target and then the item, so of two reviewers deciding at once exactly
 * one succeeds and the other gets ALREADY_RESOLVED.
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: ReviewTargets,
    private readonly posts: PostModeration,
    private readonly comments: CommentService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Moderators and admins see every item; experts the NEEDS_STAFF items in their areas. */
  async list(viewer: Viewer, query: ReviewQueueQuery): Promise<Connection<ReviewItemEntity>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(ReviewItemEntity, 'item')
      .where('item.status = :status', { status: query.status ?? ReviewStatus.Open });
    if (query.cause) builder.andWhere('item.cause = :cause', { cause: query.cause });
    if (!reviewers.includes(viewer.user.role)) {
      const productIds = await this.expertProductIds(viewer);
      builder
        .andWhere('item.needs_staff')
        .andWhere('item.product_id = ANY(:productIds)', { productIds });
    }
    const totalCount = await builder.clone().getCount();
    if (query.after) {
      const [createdAt, id] = decodeCursor(query.after, 2);
      builder.andWhere('(item.created_at, item.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder
      .orderBy('item.created_at', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .take(query.first + 1)
      .getMany();
    return toConnection(rows, query.first, totalCount, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
  }

  /** The targets of these items and their flags, oldest flag first, in two queries. */
  async details(
    items: readonly ReviewItemEntity[],
  ): Promise<{ facts: Map<string, TargetFacts>; flags: Map<string, FlagEntity[]> }> {
    if (items.length === 0) return { facts: new Map(), flags: new Map() };
    const facts = await this.targets.describe(
      this.dataSource.manager,
      items.map((item) => ({ kind: item.targetKind, id: item.targetId })),
    );
    const rows = await this.dataSource.manager.find(FlagEntity, {
      where: { reviewItemId: In(items.map((item) => item.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const flags = new Map<string, FlagEntity[]>();
    for (const row of rows)
      flags.set(row.reviewItemId, [...(flags.get(row.reviewItemId) ?? []), row]);
    return { facts, flags };
  }

  /** Keeps other reviewers off the item for a while; claiming one's own claim extends it. */
  async claim(viewer: Viewer, id: string): Promise<ReviewItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockedItem(manager, viewer, id);
      const now = this.clock.now();
      this.assertOpen(item);
      this.assertNotClaimedByOther(item, viewer, now);
      item.claimedById = viewer.user.id;
      item.claimedUntil = new Date(now.getTime() + reviewLimits.claimMinutes * 60_000);
      await manager.update(
        ReviewItemEntity,
        { id },
        { claimedById: item.claimedById, claimedUntil: item.claimedUntil },
      );
      return item;
    });
  }

  /** Gives a claim up; only whoever holds it can. */
  async release(viewer: Viewer, id: string): Promise<ReviewItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockedItem(manager, viewer, id);
      this.assertOpen(item);
      const now = this.clock.now();
      const held =
        item.claimedById !== null && item.claimedUntil !== null && item.claimedUntil > now;
      if (!held || item.claimedById !== viewer.user.id) {
        throw new ModerationException(
          ModerationExceptionCode.NotClaimed,
          'You do not hold a claim on this item.',
        );
      }
      item.claimedById = null;
      item.claimedUntil = null;
      await manager.update(ReviewItemEntity, { id }, { claimedById: null, claimedUntil: null });
      return item;
    });
  }

  async resolve(viewer: Viewer, id: string, resolution: Resolution): Promise<ReviewItemEntity> {
    const [item] = await this.resolveMany(viewer, [id], resolution);
    if (!item) throw new Error('resolving one item resolved none');
    return item;
  }

  /**
   * Resolves items with one action in one transaction: all of them or, when one cannot be
   * resolved (already resolved, claimed by someone else, action not applicable), none.
   */
  async resolveMany(
    viewer: Viewer,
    ids: readonly string[],
    resolution: Resolution,
  ): Promise<ReviewItemEntity[]> {
    const unique = [...new Set(ids)];
    const reason = resolution.reason?.trim() || null;
    this.assertActionAllowed(viewer, resolution.action);
    const afterCommit: AfterCommit[] = [];
    const resolved = await this.dataSource.transaction(async (manager) => {
      // Target locks first, then the item rows, in the same order as flags and the spam rules.
      const found = await manager.find(ReviewItemEntity, { where: { id: In(unique) } });
      if (found.length !== unique.length) {
        throw new ModerationException(
          ModerationExceptionCode.ReviewItemNotFound,
          'No such review item.',
          { ids: unique.filter((id) => !found.some((item) => item.id === id)) },
        );
      }
      await lockReviewTarget(
        manager,
        found.map((item) => ({ kind: item.targetKind, id: item.targetId })),
      );
      const items = await manager.find(ReviewItemEntity, {
        where: { id: In(unique) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const facts = await this.targets.describe(
        manager,
        items.map((item) => ({ kind: item.targetKind, id: item.targetId })),
      );
      const now = this.clock.now();
      const expertProducts = reviewers.includes(viewer.user.role)
        ? null
        : await this.expertProductIds(viewer);
      for (const item of items) {
        this.assertVisible(item, expertProducts);
        this.assertOpen(item);
        this.assertNotClaimedByOther(item, viewer, now);
        const target = facts.get(item.targetId) ?? null;
        afterCommit.push(
          ...(await this.apply(manager, viewer, item, target, resolution, reason, now)),
        );
      }
      return items;
    });
    for (const effect of afterCommit) await effect();
    return resolved;
  }

  private async apply(
    manager: EntityManager,
    viewer: Viewer,
    item: ReviewItemEntity,
    target: TargetFacts | null,
    resolution: Resolution,
    reason: string | null,
    now: Date,
  ): Promise<AfterCommit[]> {
    const { action } = resolution;
    const isPost = item.targetKind === Kind.Question || item.targetKind === Kind.Answer;
    const notApplicable = (message: string) =>
      new ModerationException(ModerationExceptionCode.ActionNotApplicable, message, {
        id: item.id,
      });
    if (action !== ReviewAction.Approve && (!target || target.deleted)) {
      throw new ModerationException(
        ModerationExceptionCode.TargetNotFound,
        'What this item is about no longer exists; approve it to close it.',
        { id: item.id },
      );
    }
    if (action === ReviewAction.Hide && !isPost) throw notApplicable('Only posts can be hidden.');
    if (action === ReviewAction.Delete && item.targetKind === Kind.User) {
      throw notApplicable('A person cannot be deleted from the review queue.');
    }
    if (action === ReviewAction.Delete && item.targetKind === Kind.Idea) {
      throw notApplicable('An idea cannot be deleted from the review queue.');
    }
    const afterCommit: AfterCommit[] = [];
    const ref = isPost
      ? { kind: item.targetKind as 'question' | 'answer', id: item.targetId }
      : null;
    const before = { status: item.status, hiddenReason: target?.hiddenReason ?? null };
    let hiddenReason = target?.hiddenReason ?? null;
    let deleted = target?.deleted ?? true;

    if (action === ReviewAction.SuspendAuthor) {
      const until = resolution.suspendUntil;
      if (!until || until <= now) {
        throw new ModerationException(
          ModerationExceptionCode.SuspensionEndRequired,
          'Say until when the author is suspended (a time in the future).',
          { id: item.id },
        );
      }
      if (!reason || reason.length < 5) {
        throw new ModerationException(
          ModerationExceptionCode.ReasonRequired,
          'Give the author a reason of at least 5 characters.',
          { id: item.id },
        );
      }
      const author = await this.users.findById(item.authorId, manager);
      if (
        !author ||
        author.deletedAt ||
        author.role === Role.Admin ||
        author.id === viewer.user.id
      ) {
        throw new ModerationException(
          ModerationExceptionCode.CannotSuspendAuthor,
          'This author cannot be suspended.',
          { id: item.id },
        );
      }
      await this.users.suspendWithin(manager, viewer, { userId: author.id, until, reason });
    }

    if (ref && (action === ReviewAction.Hide || action === ReviewAction.SuspendAuthor)) {
      if (hiddenReason !== PostHiddenReason.Moderator) {
        // Hidden for another reason (flags, a spam rule): the reason becomes the moderator's.
        if (hiddenReason !== null) await this.posts.unhide(manager, ref, viewer);
        await this.posts.hide(manager, ref, {
          reason: PostHiddenReason.Moderator,
          note: reason,
          actor: viewer,
        });
        hiddenReason = PostHiddenReason.Moderator;
      }
    } else if (action === ReviewAction.Delete) {
      if (ref) await this.posts.delete(manager, ref, viewer);
      else afterCommit.push(() => this.comments.delete(viewer, item.targetId));
      deleted = true;
    } else if (action === ReviewAction.Approve && ref && target && hiddenReason !== null) {
      if (
        hiddenReason === PostHiddenReason.Flagged ||
        hiddenReason === PostHiddenReason.AwaitingReview
      ) {
        await this.posts.unhide(manager, ref, viewer);
        hiddenReason = null;
      }
    }

    const approved = action === ReviewAction.Approve;
    const outcome = approved ? FlagOutcome.Dismissed : FlagOutcome.Upheld;
    const flaggers: Array<{ flaggerId: string }> = await manager
      .createQueryBuilder(FlagEntity, 'flag')
      .select('flag.flagger_id', 'flaggerId')
      .where('flag.review_item_id = :id AND flag.outcome = :open', {
        id: item.id,
        open: FlagOutcome.Open,
      })
      .getRawMany();
    await manager.update(
      FlagEntity,
      { reviewItemId: item.id, outcome: FlagOutcome.Open },
      { outcome },
    );
    Object.assign(item, {
      status: approved ? ReviewStatus.Approved : ReviewStatus.Rejected,
      resolvedById: viewer.user.id,
      resolvedAt: now,
      resolutionAction: action,
      resolutionReason: reason,
      claimedById: null,
      claimedUntil: null,
    });
    await manager.update(
      ReviewItemEntity,
      { id: item.id },
      {
        status: item.status,
        resolvedById: item.resolvedById,
        resolvedAt: item.resolvedAt,
        resolutionAction: item.resolutionAction,
        resolutionReason: item.resolutionReason,
        claimedById: null,
        claimedUntil: null,
      },
    );

    const targetType = item.targetKind as AuditTargetType;
    await this.audit.record(manager, viewer, {
      action: approved ? AuditAction.ReviewApproved : AuditAction.ReviewRejected,
      targetType,
      targetId: item.targetId,
      before,
      after: {
        reviewItemId: item.id,
        cause: item.cause,
        status: item.status,
        action,
        hiddenReason,
        deleted,
        ...(action === ReviewAction.SuspendAuthor
          ? {
              suspendedUserId: item.authorId,
              suspendedUntil: resolution.suspendUntil?.toISOString(),
            }
          : {}),
      },
      reason,
    });
    if (approved && flaggers.length > 0) {
      await this.audit.record(manager, viewer, {
        action: AuditAction.FlagsDismissed,
        targetType,
        targetId: item.targetId,
        after: { reviewItemId: item.id, flags: flaggers.length },
        reason,
      });
    }
    await this.notifications.deliver(manager, {
      kind: NotificationKind.FlagResolved,
      eventKey: `flag.resolved:${item.id}`,
      recipientIds: flaggers.map((row) => row.flaggerId),
      actorId: null,
      subjectKey: null,
      payload: {
        reviewItemId: item.id,
        targetKind: item.targetKind,
        targetId: item.targetId,
        questionId: target?.questionId ?? null,
        outcome,
      },
    });
    return afterCommit;
  }

  private async lockedItem(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<ReviewItemEntity> {
    const item = await manager.findOne(ReviewItemEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!item) {
      throw new ModerationException(
        ModerationExceptionCode.ReviewItemNotFound,
        'No such review item.',
      );
    }
    const expertProducts = reviewers.includes(viewer.user.role)
      ? null
      : await this.expertProductIds(viewer);
    this.assertVisible(item, expertProducts);
    return item;
  }

  /** Experts review only NEEDS_STAFF items of their product areas; they approve or hide. */
  private assertVisible(item: ReviewItemEntity, expertProducts: readonly string[] | null): void {
    if (expertProducts === null) return;
    if (!item.needsStaff || !item.productId || !expertProducts.includes(item.productId)) {
      throw new ModerationException(
        ModerationExceptionCode.ReviewItemNotFound,
        'No such review item.',
        {
          id: item.id,
        },
      );
    }
  }

  private assertActionAllowed(viewer: Viewer, action: ReviewAction): void {
    if (reviewers.includes(viewer.user.role)) return;
    if (viewer.user.role !== Role.Expert) {
      throw new ModerationException(
        ModerationExceptionCode.ReviewersOnly,
        'Only reviewers may do this.',
      );
    }
    if (action !== ReviewAction.Approve && action !== ReviewAction.Hide) {
      throw new ModerationException(
        ModerationExceptionCode.ReviewersOnly,
        'Experts approve or hide; moderators delete and suspend.',
      );
    }
  }

  private assertOpen(item: ReviewItemEntity): void {
    if (item.status !== ReviewStatus.Open) {
      throw new ModerationException(
        ModerationExceptionCode.AlreadyResolved,
        'This item has been resolved already.',
        { id: item.id },
      );
    }
  }

  private assertNotClaimedByOther(item: ReviewItemEntity, viewer: Viewer, now: Date): void {
    if (
      item.claimedById !== null &&
      item.claimedById !== viewer.user.id &&
      item.claimedUntil !== null &&
      item.claimedUntil > now
    ) {
      throw new ModerationException(
        ModerationExceptionCode.ClaimedByOther,
        'Another reviewer has claimed this item.',
        { id: item.id, claimedUntil: item.claimedUntil.toISOString() },
      );
    }
  }

  /**
   * The products an expert covers (their `expert_area` rows). A named read model (ADR 0018):
   * moderation may not import the support domain, and one statement answers it.
   */
  private async expertProductIds(viewer: Viewer): Promise<string[]> {
    if (viewer.user.role !== Role.Expert) {
      throw new ModerationException(
        ModerationExceptionCode.ReviewersOnly,
        'Only reviewers may do this.',
      );
    }
    const rows: Array<{ product_id: string }> = await this.dataSource.query(
      'SELECT product_id FROM expert_area WHERE user_id = $1 AND product_id IS NOT NULL',
      [viewer.user.id],
    );
    return rows.map((row) => row.product_id);
  }
}
