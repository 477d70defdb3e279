import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { IdeaCommentEntity } from './idea-comment.entity.js';

@ObjectType({ description: 'A comment on an idea.' })
export class IdeaComment {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'The comment in Markdown; render it sanitised.' })
  body!: string;

  @Field(() => ID, {
    description: 'The idea it was written on; differs from the shown idea after a merge.',
  })
  ideaId!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  entity!: IdeaCommentEntity;
}

export function toIdeaComment(entity: IdeaCommentEntity): IdeaComment {
  return Object.assign(new IdeaComment(), {
    id: entity.id,
    body: entity.body,
    ideaId: entity.ideaId,
    createdAt: entity.createdAt,
    entity,
  });
}
