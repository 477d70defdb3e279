export * from './lib/following.module.js';
export { FollowService, maxFollowsPerPerson } from './lib/follow.service.js';
export { FollowSettingsService } from './lib/follow-settings.service.js';
export { FollowingException, FollowingExceptionCode } from './lib/following.exception.js';
