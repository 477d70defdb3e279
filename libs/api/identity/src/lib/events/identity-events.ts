import { Injectable } from '@nestjs/common';
import { TransactionalEventBus } from '@forum/api/platform';
import type { Role } from '@forum/shared/domain';

/** What happened to a person's account, published inside the transaction that changed it. */
export type IdentityEvent = {
  type: 'user.role-changed';
  userId: string;
  previous: Role;
  role: Role;
};

/**
 * In-transaction hooks for domains that follow accounts (reputation grants the Company Expert
 * badge with the expert role). Identity never imports those domains; they subscribe here.
 */
@Injectable()
export class IdentityEvents extends TransactionalEventBus<IdentityEvent> {}
