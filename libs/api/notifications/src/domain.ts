import type { ApiDomain } from '@forum/api/platform';
import { notificationEntities } from './lib/notifications.entities.js';
import { NotificationsModule } from './lib/notifications.module.js';

export const notificationsDomain = {
  name: 'notifications',
  module: NotificationsModule,
  entities: notificationEntities,
} as const satisfies ApiDomain;
