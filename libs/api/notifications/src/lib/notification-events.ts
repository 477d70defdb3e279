import { Injectable } from '@nestjs/common';
import { TransactionalEventBus } from '@forum/api/platform';
import type { NotificationKind } from '@forum/shared/domain';

/**
 * Published inside the transaction that wrote notifications, so channels (e-mail, live updates)
 * act exactly when the notifications exist.
 */
export type NotificationEvent = {
  type: 'notifications.delivered';
  kind: NotificationKind;
  /** The notifications written or coalesced into, one per person. */
  notificationIds: string[];
  /** The people they belong to, in the same order. */
  userIds: string[];
};

@Injectable()
export class NotificationEvents extends TransactionalEventBus<NotificationEvent> {}
