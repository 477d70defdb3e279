export * from './lib/moderation.module.js';
export { ModerationSettingsService } from './lib/settings/moderation-settings.service.js';
export { TrustService } from './lib/trust/trust.service.js';
export type { FlagEntity } from './lib/flags/flag.entity.js';
export type { ReviewItemEntity } from './lib/queue/review-item.entity.js';
