import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A tag and how many questions carry it, for moderators.' })
export class TagUsage {
  @Field({ description: 'The tag: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => Int, { description: 'Questions that carry it, deleted ones not counted.' })
  questionCount!: number;
}
