import { Injectable } from '@nestjs/common';
import type { FollowTarget } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import { FollowService } from './follow.service.js';

interface RequestLoaders {
  counts: Map<FollowTarget, DataLoader<string, number>>;
  following: Map<string, DataLoader<string, boolean>>;
}

/** Per-request batching of follower counts and the viewer's follows, one query per kind. */
@Injectable()
export class FollowingLoaders {
  private readonly perRequest = new WeakMap<object, RequestLoaders>();

  constructor(private readonly follows: FollowService) {}

  followerCount(request: object, targetType: FollowTarget, targetId: string): Promise<number> {
    const loaders = this.for(request);
    let loader = loaders.counts.get(targetType);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const counts = await this.follows.followerCounts(targetType, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      });
      loaders.counts.set(targetType, loader);
    }
    return loader.load(targetId);
  }

  viewerFollows(
    request: object,
    userId: string,
    targetType: FollowTarget,
    targetId: string,
  ): Promise<boolean> {
    const loaders = this.for(request);
    const key = `${userId}:${targetType}`;
    let loader = loaders.following.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const followed = await this.follows.followedAmong(userId, targetType, ids);
        return ids.map((id) => followed.has(id));
      });
      loaders.following.set(key, loader);
    }
    return loader.load(targetId);
  }

  private for(request: object): RequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = { counts: new Map(), following: new Map() };
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }
}
