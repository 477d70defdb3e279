import { NotificationDigestEntity } from './digest/notification-digest.entity.js';
import { NotificationSigningKeyEntity } from './email/notification-signing-key.entity.js';
import { NotificationEntity, NotificationReceiptEntity } from './notification.entity.js';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity.js';

export const notificationEntities = [
  NotificationEntity,
  NotificationReceiptEntity,
  NotificationPreferenceEntity,
  NotificationDigestEntity,
  NotificationSigningKeyEntity,
];
