import { Int, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { LiveEvents, liveStream } from '@forum/api/platform';
import { NotificationService } from './notification.service.js';
import { unreadCountTopic } from './notification-live.js';

@Resolver()
export class NotificationLiveResolver {
  constructor(
    private readonly notifications: NotificationService,
    private readonly live: LiveEvents,
  ) {}

  @Subscription(() => Int, {
    name: 'unreadNotificationCount',
    description:
      "The signed-in person's unread notification count: now, and again whenever it changes.",
  })
  unreadNotificationCount(
    @CurrentViewer() viewer: Viewer,
  ): AsyncIterableIterator<{ unreadNotificationCount: number }> {
    const userId = viewer.user.id;
    return liveStream(
      this.live.listen(unreadCountTopic(userId)),
      async () => ({ unreadNotificationCount: await this.notifications.unreadCount(userId) }),
      { initial: true },
    );
  }
}
