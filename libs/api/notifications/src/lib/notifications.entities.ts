import { NotificationEntity, NotificationReceiptEntity } from './notification.entity.js';

export const notificationEntities = [NotificationEntity, NotificationReceiptEntity];
