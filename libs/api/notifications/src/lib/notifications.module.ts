import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEvents } from './notification-events.js';
import { NotificationLive } from './notification-live.js';
import { NotificationLiveResolver } from './notification-live.resolver.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { notificationEntities } from './notifications.entities.js';

/** In-app notifications: any domain writes them in its transaction; people read and dismiss them. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities)],
  providers: [
    NotificationService,
    NotificationEvents,
    NotificationResolver,
    NotificationLive,
    NotificationLiveResolver,
  ],
  exports: [NotificationService, NotificationEvents],
})
export class NotificationsModule {}
