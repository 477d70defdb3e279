import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { type ConfirmationCounts, ConfirmationService } from './confirmation.service.js';

interface RequestLoaders {
  counts: DataLoader<string, ConfirmationCounts>;
  /** Per signed-in person: whether they confirmed each answer. */
  viewerConfirmed: Map<string, DataLoader<string, boolean>>;
}

/** Batches "worked for me too" figures of all answers on a page into one query each. */
@Injectable()
export class ConfirmationLoader {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly confirmationService: ConfirmationService,
  ) {}

  counts(request: object, answerId: string): Promise<ConfirmationCounts> {
    return this.for(request).counts.load(answerId);
  }

  viewerConfirmed(request: object, userId: string, answerId: string): Promise<boolean> {
    const loaders = this.for(request);
    let loader = loaders.viewerConfirmed.get(userId);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows: Array<{ answer_id: string }> = await this.dataSource.query(
          'SELECT answer_id FROM answer_confirmation WHERE user_id = $1 AND answer_id = ANY($2)',
          [userId, ids],
        );
        return ids.map((id) => rows.some((row) => row.answer_id === id));
      });
      loaders.viewerConfirmed.set(userId, loader);
    }
    return loader.load(answerId);
  }

  private for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        counts: new DataLoader((ids) => this.confirmationService.counts(ids)),
        viewerConfirmed: new Map(),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }
}
