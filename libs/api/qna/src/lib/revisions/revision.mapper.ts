import type { PostRevisionEntity } from './post-revision.entity.js';
import { Revision } from './revision.model.js';

export function toRevision(entity: PostRevisionEntity): Revision {
  return Object.assign(new Revision(), {
    id: entity.id,
    editedAt: entity.createdAt,
    previousTitle: entity.previousTitle,
    previousBody: entity.previousBody,
    previousTags: entity.previousTags,
    entity,
  });
}
