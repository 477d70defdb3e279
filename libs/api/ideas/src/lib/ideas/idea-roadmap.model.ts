import { Field, ObjectType } from '@nestjs/graphql';
import { Idea } from './idea.model.js';

@ObjectType({ description: 'Ideas on the roadmap, by status.' })
export class IdeaRoadmap {
  @Field(() => [Idea], { description: 'Planned, most votes first (up to 50).' })
  planned!: Idea[];

  @Field(() => [Idea], { description: 'In progress, most votes first (up to 50).' })
  inProgress!: Idea[];

  @Field(() => [Idea], { description: 'Shipped, most recently first (up to 50).' })
  shipped!: Idea[];
}
