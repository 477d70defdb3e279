import { NotificationEntity } from './notification.entity.js';

export const notificationEntities = [NotificationEntity];
