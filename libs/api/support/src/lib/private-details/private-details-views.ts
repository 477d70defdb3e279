import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { PrivateDetailsService } from './private-details.service.js';
import type { QuestionPrivateDetailsEntity } from './question-private-details.entity.js';

interface RequestLoaders {
  details: DataLoader<string, QuestionPrivateDetailsEntity | null>;
  /** Per viewer: the audit entries of the questions whose details they were shown. */
  views: Map<string, DataLoader<string, true>>;
}

/**
 * Loads private details per request, many questions in one query, and records every staff view:
 * the questions one response shows are written to the audit log in one statement, and the details
 * resolve only once their entry is stored, so none leaves the API unrecorded.
 */
@Injectable()
export class PrivateDetailsViews {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly details: PrivateDetailsService,
    private readonly audit: AuditLog,
  ) {}

  load(request: object, questionId: string): Promise<QuestionPrivateDetailsEntity | null> {
    return this.for(request).details.load(questionId);
  }

  /** Records that staff `viewer` was shown the private details of `questionId`. */
  async recordStaffView(request: object, viewer: Viewer, questionId: string): Promise<void> {
    const loaders = this.for(request);
    let views = loaders.views.get(viewer.user.id);
    if (!views) {
      views = new DataLoader<string, true>(async (questionIds) => {
        await this.dataSource.transaction((manager) =>
          this.audit.recordMany(
            manager,
            viewer,
            questionIds.map((id) => ({
              action: AuditAction.QuestionPrivateDetailsViewed,
              targetType: AuditTargetType.Question,
              targetId: id,
            })),
          ),
        );
        return questionIds.map(() => true as const);
      });
      loaders.views.set(viewer.user.id, views);
    }
    await views.load(questionId);
  }

  private for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        details: new DataLoader(async (ids) => {
          const found = await this.details.forQuestions(ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
        views: new Map(),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }
}
