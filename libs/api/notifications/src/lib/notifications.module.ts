import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { NotificationEvents } from './notification-events.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { notificationEntities } from './notifications.entities.js';

/** In-app notifications: any domain writes them in its transaction; people read and dismiss them. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities), IdentityModule],
  providers: [NotificationService, NotificationEvents, NotificationResolver],
  exports: [NotificationService, NotificationEvents],
})
export class NotificationsModule {}
