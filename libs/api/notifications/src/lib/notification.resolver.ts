import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import type { Connection } from '@forum/api/platform';
import {
  MarkNotificationsReadInput,
  Notification,
  NotificationConnection,
  NotificationsArgs,
  toNotification,
} from './notification.models.js';
import { NotificationService } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, {
    description: "The signed-in person's notifications, newest first.",
  })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NotificationsArgs,
  ): Promise<Connection<Notification>> {
    const page = await this.notificationService.list(viewer.user.id, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNotification(edge.node) })),
    };
  }

  @Query(() => Int, { description: 'How many notifications the signed-in person has not read.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notificationService.unreadCount(viewer.user.id);
  }

  @Mutation(() => Int, {
    description: 'Marks notifications read; returns how many remain unread.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Which ones.' }) input: MarkNotificationsReadInput,
  ): Promise<number> {
    return this.notificationService.markRead(viewer.user.id, input.ids);
  }
}
