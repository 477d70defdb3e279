import type { CommentEntity } from './comment.entity.js';
import { Comment } from './comment.model.js';

export function toComment(entity: CommentEntity): Comment {
  return Object.assign(new Comment(), {
    id: entity.id,
    body: entity.body,
    createdAt: entity.createdAt,
    entity,
  });
}
