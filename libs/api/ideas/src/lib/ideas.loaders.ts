import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationEntity } from '@forum/api/identity';
import { ProductEntity } from '@forum/api/qna';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { IdeaCommentEntity } from './comments/idea-comment.entity.js';
import { IdeaCommentService } from './comments/idea-comment.service.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { IdeaStatusChangeEntity } from './status/idea-status-change.entity.js';
import { IdeaVoteEntity } from './votes/idea-vote.entity.js';

interface RequestLoaders {
  products: DataLoader<string, ProductEntity | null>;
  organisations: DataLoader<string, OrganisationEntity | null>;
  history: DataLoader<string, IdeaStatusChangeEntity[]>;
  comments: DataLoader<string, IdeaCommentEntity[]>;
  linkedQuestionIds: DataLoader<string, string[]>;
  viewerVotes: Map<string, DataLoader<string, IdeaVoteEntity | null>>;
}

/** Per-request batching for what a board or an idea page mentions. */
@Injectable()
export class IdeasLoaders {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: IdeaCommentService,
    private readonly evidence: EvidenceService,
  ) {}

  for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        products: new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager.findBy(ProductEntity, { id: In([...ids]) });
          return ids.map((id) => rows.find((row) => row.id === id) ?? null);
        }),
        organisations: new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager.findBy(OrganisationEntity, {
            id: In([...ids]),
          });
          return ids.map((id) => rows.find((row) => row.id === id) ?? null);
        }),
        history: new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager.find(IdeaStatusChangeEntity, {
            where: { ideaId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
          return ids.map((id) => rows.filter((row) => row.ideaId === id));
        }),
        comments: new DataLoader((ids) => this.comments.forIdeas(ids)),
        linkedQuestionIds: new DataLoader((ids) => this.evidence.linkedQuestionIds(ids)),
        viewerVotes: new Map(),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
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
