import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { UserEntity } from './user.entity.js';
import { toUser, type User } from './user.model.js';
import { UserService } from './user.service.js';

/**
 * Batches the people a GraphQL response mentions (authors, accepters) into one query per
 * request. Loaders live as long as their request object, so nothing is cached across requests.
 */
@Injectable()
export class UserLoader {
  private readonly perRequest = new WeakMap<object, DataLoader<string, UserEntity | null>>();

  constructor(private readonly users: UserService) {}

  load(request: object, id: string): Promise<UserEntity | null> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.users.findByIds(ids));
      this.perRequest.set(request, loader);
    }
    return loader.load(id);
  }

  /** The person as GraphQL shows them, or null when there is none (no id, or a removed row). */
  async user(request: object, id: string | null): Promise<User | null> {
    const user = id ? await this.load(request, id) : null;
    return user ? toUser(user) : null;
  }
}
