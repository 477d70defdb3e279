import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommentEntity } from './comment.entity.js';

@ObjectType({ description: 'A short plain-text remark on a question or answer.' })
export class Comment {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Plain text; URLs may be shown as links, nothing else is formatted.' })
  body!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  entity!: CommentEntity;
}
