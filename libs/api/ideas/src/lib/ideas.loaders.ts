import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationEntity, OrganisationService } from '@forum/api/identity';
import {
  type ProductEntity,
  ProductService,
  type QuestionEntity,
  QuestionService,
} from '@forum/api/qna';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { IdeaCommentEntity } from './comments/idea-comment.entity.js';
import { IdeaCommentService } from './comments/idea-comment.service.js';
import { EvidenceService } from './evidence/evidence.service.js';
import type { IdeaEntity } from './ideas/idea.entity.js';
import { IdeaService } from './ideas/idea.service.js';
import type { IdeaStatusChangeEntity } from './status/idea-status-change.entity.js';
import { IdeaStatusService } from './status/status.service.js';
import { IdeaVoteEntity } from './votes/idea-vote.entity.js';

interface RequestLoaders {
  products: DataLoader<string, ProductEntity | null>;
  organisations: DataLoader<string, OrganisationEntity | null>;
  questions: DataLoader<string, QuestionEntity | null>;
  history: DataLoader<string, IdeaStatusChangeEntity[]>;
  comments: DataLoader<string, IdeaCommentEntity[]>;
  linkedQuestionIds: DataLoader<string, string[]>;
  visibleIdeas: DataLoader<string, IdeaEntity | null>;
  linkedIdeaIds: DataLoader<string, string[]>;
  viewerVotes: Map<string, DataLoader<string, IdeaVoteEntity | null>>;
}

/**
 * Per-request batching for what a board or an idea page mentions. Products, organisations and
 * questions come from the domains that own them, one batched call each.
 */
@Injectable()
export class IdeasLoaders {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: IdeaCommentService,
    private readonly evidence: EvidenceService,
    private readonly statuses: IdeaStatusService,
    private readonly productService: ProductService,
    private readonly organisationService: OrganisationService,
    private readonly questionService: QuestionService,
    private readonly ideaService: IdeaService,
  ) {}

  for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        products: new DataLoader((ids) => this.productService.findByIds(ids)),
        organisations: new DataLoader((ids) => this.organisationService.findByIds(ids)),
        questions: new DataLoader(async (ids) => {
          const visible = new Map(
            (await this.questionService.visibleByIds(ids)).map((question) => [
              question.id,
              question,
            ]),
          );
          return ids.map((id) => visible.get(id) ?? null);
        }),
        history: new DataLoader((ids) => this.statuses.historyOf(ids)),
        comments: new DataLoader((ids) => this.comments.forIdeas(ids)),
        linkedQuestionIds: new DataLoader((ids) => this.evidence.linkedQuestionIds(ids)),
        visibleIdeas: new DataLoader(async (ids) => {
          const visible = new Map(
            (await this.ideaService.visibleByIds(ids)).map((idea) => [idea.id, idea]),
          );
          return ids.map((id) => visible.get(id) ?? null);
        }),
        linkedIdeaIds: new DataLoader((ids) => this.evidence.linkedIdeaIds(ids)),
        viewerVotes: new Map(),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }

  /** The questions linked to an idea that are still visible, oldest link first. */
  async linkedQuestions(request: object, ideaId: string): Promise<QuestionEntity[]> {
    const loaders = this.for(request);
    const ids = await loaders.linkedQuestionIds.load(ideaId);
    const questions = await Promise.all(ids.map((id) => loaders.questions.load(id)));
    return questions.filter((question): question is QuestionEntity => question !== null);
  }

  /** The ideas a question is linked to that the board shows, oldest link first. */
  async linkedIdeas(request: object, questionId: string): Promise<IdeaEntity[]> {
    const loaders = this.for(request);
    const ids = await loaders.linkedIdeaIds.load(questionId);
    const ideas = await Promise.all(ids.map((id) => loaders.visibleIdeas.load(id)));
    return ideas.filter((idea): idea is IdeaEntity => idea !== null);
  }

  viewerVote(request: object, userId: string, ideaId: string): Promise<IdeaVoteEntity | null> {
    const loaders = this.for(request);
    let loader = loaders.viewerVotes.get(userId);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.dataSource.manager.findBy(IdeaVoteEntity, {
          userId,
          ideaId: In([...ids]),
        });
        return ids.map((id) => rows.find((row) => row.ideaId === id) ?? null);
      });
      loaders.viewerVotes.set(userId, loader);
    }
    return loader.load(ideaId);
  }
}
