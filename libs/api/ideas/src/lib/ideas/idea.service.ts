import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, auditChanges, type Viewer } from '@forum/api/identity';
import { ProductService } from '@forum/api/qna';
import { type Connection, decodeCursor, toConnection } from '@forum/api/platform';
import { AuditAction, AuditTargetType, IdeaStatus, roadmapStatuses } from '@forum/shared/domain';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { IdeaEvents } from '../events/idea-events.js';
import { IdeasClock } from '../ideas.clock.js';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { mayEditIdea } from '../ideas.permissions.js';
import type { EditIdeaInput } from './dto/edit-idea.input.js';
import type { IdeaFilter } from './dto/idea-filter.input.js';
import type { IdeasArgs } from './dto/ideas.args.js';
import type { ProposeIdeaInput } from './dto/propose-idea.input.js';
import { IdeaOrder } from './idea-order.enum.js';
import { lockIdea } from './idea-lock.js';
import { IdeaEntity, liveCounter } from './idea.entity.js';

/** Votes of the last 14 days (today included), from the day buckets. */
const recentVotes = `(SELECT coalesce(sum(d.votes), 0)::int FROM idea_vote_day_live d
  WHERE d.idea_id = idea.id AND d.day > :today::date - 14)`;

const voteCount = `(${liveCounter('vote_count', 'idea')})`;

const orders: Record<
  IdeaOrder,
  { key: string; value: (idea: IdeaEntity, raw: number) => string | number }
> = {
  [IdeaOrder.Top]: { key: voteCount, value: (idea) => idea.liveVoteCount },
  [IdeaOrder.Trending]: { key: recentVotes, value: (_, recent) => recent },
  [IdeaOrder.Newest]: { key: 'idea.created_at', value: (idea) => idea.createdAt.toISOString() },
};

export type Roadmap = Record<'planned' | 'in_progress' | 'shipped', IdeaEntity[]>;

/** People propose ideas; authors and product managers edit them; everyone browses the board. */
@Injectable()
export class IdeaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: IdeasClock,
    private readonly events: IdeaEvents,
    private readonly products: ProductService,
    private readonly audit: AuditLog,
  ) {}

  async propose(viewer: Viewer, input: ProposeIdeaInput): Promise<IdeaEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireProduct(manager, input.productId);
      const idea = await manager.save(
        manager.create(IdeaEntity, {
          productId: input.productId,
          authorId: viewer.user.id,
          title: input.title.trim(),
          description: input.description,
          statusChangedAt: this.clock.now(),
        }),
      );
      await this.events.publish(manager, {
        type: 'idea.proposed',
        ideaId: idea.id,
        authorId: idea.authorId,
      });
      // Read back for the counters, which are computed when read (ADR 0031).
      return manager.findOneByOrFail(IdeaEntity, { id: idea.id });
    });
  }

  /** The author edits while the idea is under review; product managers and admins any time. */
  async edit(viewer: Viewer, input: EditIdeaInput): Promise<IdeaEntity> {
    return this.dataSource.transaction(async (manager) => {
      const idea = await lockIdea(manager, input.id);
      if (!mayEditIdea(viewer, idea)) {
        throw new IdeasException(
          IdeasExceptionCode.NotAllowedToEdit,
          'Only its author (while under review) and product managers may edit this idea.',
        );
      }
      if (input.productId) await this.requireProduct(manager, input.productId);
      await manager.update(IdeaEntity, idea.id, {
        ...(input.title ? { title: input.title.trim() } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.productId ? { productId: input.productId } : {}),
      });
      await this.events.publish(manager, {
        type: 'idea.edited',
        ideaId: idea.id,
        authorId: idea.authorId,
      });
      const edited = await lockIdea(manager, idea.id);
      const changes = auditChanges(editableOf(idea), editableOf(edited));
      if (idea.authorId !== viewer.user.id && changes) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.IdeaEditedByStaff,
          targetType: AuditTargetType.Idea,
          targetId: idea.id,
          ...changes,
        });
      }
      return edited;
    });
  }

  find(id: string): Promise<IdeaEntity | null> {
    return this.dataSource.manager.findOneBy(IdeaEntity, { id });
  }

  /** The public board: ideas that were not merged away, filtered and sorted a page at a time. */
  async list(args: IdeasArgs): Promise<Connection<IdeaEntity>> {
    const order = orders[args.orderBy ?? IdeaOrder.Top];
    const today = this.clock.today();
    const totalCount = await this.filtered(args.filter).getCount();
    const query = this.filtered(args.filter)
      .addSelect(recentVotes, 'recent_votes')
      .setParameter('today', today);
    if (args.after) {
      const [value, id] = decodeCursor(args.after, 2);
      query.andWhere(`(${order.key}, idea.id) < (:value, :id)`, { value, id });
    }
    const { entities, raw } = await query
      .orderBy(order.key, 'DESC')
      .addOrderBy('idea.id', 'DESC')
      .limit(args.first + 1)
      .getRawAndEntities<{ recent_votes: number }>();
    const recent = new Map(entities.map((idea, i) => [idea.id, raw[i]?.recent_votes ?? 0]));
    return toConnection(entities, args.first, totalCount, (idea) => [
      order.value(idea, recent.get(idea.id) ?? 0),
      idea.id,
    ]);
  }

  /** Planned and in-progress ideas by votes; shipped ones most recent first. */
  async roadmap(productId?: string | null): Promise<Roadmap> {
    const column = (status: IdeaStatus) =>
      this.filtered({ statuses: [status], productId })
        .orderBy(status === IdeaStatus.Shipped ? 'idea.status_changed_at' : voteCount, 'DESC')
        .addOrderBy('idea.id', 'DESC')
        .limit(50)
        .getMany();
    const [planned, inProgress, shipped] = await Promise.all(roadmapStatuses.map(column));
    return { planned: planned!, in_progress: inProgress!, shipped: shipped! };
  }

  /** Those of these ideas that the board shows (not merged away), in the order asked. */
  async visibleByIds(ids: readonly string[]): Promise<IdeaEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.manager.findBy(IdeaEntity, {
      id: In([...ids]),
      mergedIntoId: IsNull(),
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private filtered(filter: IdeaFilter | null | undefined) {
    const query = this.dataSource.manager
      .createQueryBuilder(IdeaEntity, 'idea')
      .where('idea.merged_into_id IS NULL');
    if (filter?.productId)
      query.andWhere('idea.product_id = :productId', { productId: filter.productId });
    if (filter?.authorId)
      query.andWhere('idea.author_id = :authorId', { authorId: filter.authorId });
    if (filter?.statuses?.length)
      query.andWhere('idea.status IN (:...statuses)', { statuses: filter.statuses });
    return query;
  }

  private async requireProduct(manager: EntityManager, productId: string): Promise<void> {
    if (!(await this.products.exists(productId, manager))) {
      throw new IdeasException(
        IdeasExceptionCode.ProductNotFound,
        'There is no such product area.',
      );
    }
  }
}

function editableOf(idea: IdeaEntity): Record<string, unknown> {
  return { title: idea.title, description: idea.description, productId: idea.productId };
}
