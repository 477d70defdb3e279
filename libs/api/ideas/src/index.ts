export * from './lib/events/idea-events.js';
export * from './lib/ideas.clock.js';
export * from './lib/ideas.module.js';
export { IdeaStatusEnum } from './lib/ideas/idea-status.enum.js';
export type { IdeaEntity } from './lib/ideas/idea.entity.js';
export { IdeaService } from './lib/ideas/idea.service.js';
export * from './lib/search-sources/idea-search-sources.service.js';
export { Idea, toIdea } from './lib/ideas/idea.model.js';
