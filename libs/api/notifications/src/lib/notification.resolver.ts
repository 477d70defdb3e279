import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { Connection, GraphqlContext } from '@forum/api/platform';
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
  constructor(
    private readonly notificationService: NotificationService,
    private readonly users: UserLoader,
  ) {}

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

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who caused it (the latest event); null for the system or a removed account.',
  })
  actor(
    @Parent() notification: Notification,
    @Context() { req }: GraphqlContext,
  ): Promise<User | null> {
    return this.users.user(req, notification.actorId);
  }
}
