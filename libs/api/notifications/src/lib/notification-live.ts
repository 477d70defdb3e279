import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LiveEvents, type LiveMessage } from '@forum/api/platform';
import { NotificationEvents } from './notification-events.js';

/** The live topic of one person's unread count. */
export function unreadCountTopic(userId: string): string {
  return `notifications.unread:${userId}`;
}

/** "The unread count of these people changed": one small message per person. */
export function unreadCountChanged(userIds: readonly string[]): LiveMessage[] {
  return [...new Set(userIds)].map((userId) => ({ topic: unreadCountTopic(userId), data: {} }));
}

/** Announces new notifications to their recipients' open pages, in the delivering transaction. */
@Injectable()
export class NotificationLive implements OnModuleInit {
  constructor(
    private readonly events: NotificationEvents,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(
      (manager, event) => this.live.publish(manager, unreadCountChanged(event.userIds)),
      { phase: 'project', name: 'live.unread-count' },
    );
  }
}
