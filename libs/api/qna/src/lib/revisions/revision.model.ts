import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PostRevisionEntity } from './post-revision.entity.js';

@ObjectType({ description: 'A post as it was before one edit.' })
export class Revision {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'When the edit was made.' })
  editedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The title before the edit (questions only).',
  })
  previousTitle!: string | null;

  @Field({ description: 'The text before the edit.' })
  previousBody!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The tags before the edit (questions only).',
  })
  previousTags!: string[] | null;

  entity!: PostRevisionEntity;
}
