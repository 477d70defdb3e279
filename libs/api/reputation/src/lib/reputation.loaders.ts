import { Injectable } from '@nestjs/common';
import { QnaStats } from '@forum/api/qna';
import DataLoader from 'dataloader';
import type { BadgeAwardEntity } from './badges/badge-award.entity.js';
import { BadgeService } from './badges/badge.service.js';

interface Loaders {
  badges: DataLoader<string, BadgeAwardEntity[]>;
  products: DataLoader<string, { id: string; slug: string; name: string } | null>;
  questionTitles: DataLoader<string, string | null>;
}

/** Per-request batching: a question page with twenty authors loads their badges in one query. */
@Injectable()
export class ReputationLoaders {
  private readonly perRequest = new WeakMap<object, Loaders>();

  constructor(
    private readonly badges: BadgeService,
    private readonly qna: QnaStats,
  ) {}

  for(request: object): Loaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = {
        badges: new DataLoader(async (userIds: readonly string[]) => {
          const awards = await this.badges.forUsers(userIds);
          return userIds.map((id) => awards.filter((award) => award.userId === id));
        }),
        products: new DataLoader(async (ids: readonly string[]) => {
          const names = await this.qna.productNames(ids);
          return ids.map((id) => {
            const product = names.get(id);
            return product ? { id, ...product } : null;
          });
        }),
        questionTitles: new DataLoader(async (ids: readonly string[]) => {
          const titles = await this.qna.questionTitles(ids);
          return ids.map((id) => titles.get(id) ?? null);
        }),
      };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }
}
