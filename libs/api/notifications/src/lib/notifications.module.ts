import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { DigestExtrasRegistry } from './digest/digest-extras.js';
import { DigestService } from './digest/digest.service.js';
import { NotificationEmailService } from './email/notification-email.service.js';
import { UnsubscribeTokenService } from './email/unsubscribe-token.service.js';
import { UnsubscribeController } from './email/unsubscribe.controller.js';
import { UnsubscribeResolver } from './email/unsubscribe.resolver.js';
import { UnsubscribeService } from './email/unsubscribe.service.js';
import { NotificationEvents } from './notification-events.js';
import { NotificationLive } from './notification-live.js';
import { NotificationLiveResolver } from './notification-live.resolver.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { notificationEntities } from './notifications.entities.js';
import { NotificationPreferenceResolver } from './preferences/notification-preference.resolver.js';
import { NotificationPreferenceService } from './preferences/notification-preference.service.js';

/**
 * In-app notifications: any domain writes them in its transaction; people read and dismiss them.
 * E-mail follows each person's per-kind cadence: at once, in a daily or weekly digest, or never.
 */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities), IdentityModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationService,
    NotificationEvents,
    NotificationResolver,
    NotificationPreferenceService,
    NotificationPreferenceResolver,
    UnsubscribeTokenService,
    UnsubscribeService,
    UnsubscribeResolver,
    NotificationEmailService,
    DigestExtrasRegistry,
    DigestService,
    NotificationLive,
    NotificationLiveResolver,
  ],
  exports: [
    NotificationService,
    NotificationEvents,
    NotificationPreferenceService,
    DigestExtrasRegistry,
    DigestService,
    UnsubscribeTokenService,
  ],
})
export class NotificationsModule {}
