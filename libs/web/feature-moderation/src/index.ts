// The moderators' pages: the review queue and the moderation settings, plus the header link to the
// queue (which ships with the first page, so it imports nothing else from here).
export { ReviewQueue } from './lib/components/ReviewQueue';
export { ModerationSettings } from './lib/components/ModerationSettings';
export { ReviewQueueLink } from './lib/components/ReviewQueueLink';
