import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

export const notificationEntities = [NotificationEntity];

/** In-app notifications: any domain writes them in its transaction; people read and dismiss them. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities)],
  providers: [NotificationService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
