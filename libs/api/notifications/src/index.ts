export * from './lib/notification-events.js';
export * from './lib/notification.service.js';
export * from './lib/notifications.module.js';
export * from './lib/notification.exception.js';
