export * from './lib/events/idea-events.js';
export * from './lib/ideas.clock.js';
export * from './lib/ideas.module.js';
export { IdeaStatusEnum } from './lib/ideas/dto/idea.inputs.js';
export type { IdeaEntity } from './lib/ideas/idea.entity.js';
export { IdeaService } from './lib/ideas/idea.service.js';
export { Idea, toIdea } from './lib/ideas.models.js';
