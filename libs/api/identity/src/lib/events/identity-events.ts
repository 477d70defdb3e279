import { Injectable } from '@nestjs/common';
import type { Role } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';

/** What happened to a person's account, published inside the transaction that changed it. */
export type IdentityEvent = {
  type: 'user.role-changed';
  userId: string;
  previous: Role;
  role: Role;
};

export type IdentityEventListener = (manager: EntityManager, event: IdentityEvent) => Promise<void>;

/**
 * In-transaction hooks for domains that follow accounts (reputation grants the Company Expert
 * badge with the expert role). Identity never imports those domains; they subscribe here.
 */
@Injectable()
export class IdentityEvents {
  private readonly listeners: IdentityEventListener[] = [];

  subscribe(listener: IdentityEventListener): void {
    this.listeners.push(listener);
  }

  async publish(manager: EntityManager, event: IdentityEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('IdentityEvents.publish needs an EntityManager inside a transaction');
    }
    for (const listener of this.listeners) await listener(manager, event);
  }
}
