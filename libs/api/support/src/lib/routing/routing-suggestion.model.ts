import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import type { RoutingAudience as Audience } from './rank-experts.js';

export const RoutingAudienceEnum = graphqlEnum(
  { Expert: 'expert', Community: 'community' } satisfies Record<string, Audience>,
  'RoutingAudience',
  'Whom a routing suggestion names: EXPERT (an expert, moderator or admin who is not away) or COMMUNITY (a member trusted to post freely; shown apart from staff).',
);

@ObjectType({
  description:
    'Why a person is suggested for a question; the client words it ("solved 4 similar questions in Billing").',
})
export class RoutingReason {
  /** The person, resolved by `user`. */
  userId!: string;

  @Field(() => Int, { description: 'Similar questions where their answer was accepted.' })
  solvedSimilar!: number;

  @Field(() => Int, { description: 'Questions of the product they answered.' })
  answeredInArea!: number;

  @Field(() => String, { nullable: true, description: 'The question’s product.' })
  areaName!: string | null;
}

@ObjectType({
  description:
    'A person suggested for a question: by accepted and upvoted answers on similar questions and in the same product, weighted to recent ones.',
})
export class RoutingSuggestion {
  /** The person, resolved by `user`. */
  userId!: string;

  @Field(() => Int, { description: 'Similar questions where their answer was accepted.' })
  solvedSimilar!: number;

  @Field(() => Int, { description: 'Questions of the product they answered.' })
  answeredInArea!: number;

  @Field(() => String, { nullable: true, description: 'The question’s product.' })
  areaName!: string | null;

  @Field(() => RoutingAudienceEnum, { description: 'Staff or community member; shown apart.' })
  audience!: Audience;

  @Field(() => Int, { description: '1 for the best of the audience.' })
  rank!: number;

  @Field(() => Float, { description: 'The ranking score; only the order means something.' })
  score!: number;
}

export interface RoutingSuggestionRow {
  user_id: string;
  audience: Audience;
  rank: number;
  score: number;
  solved_similar: number;
  answered_in_area: number;
  area_name: string | null;
}

export function toRoutingSuggestion(row: RoutingSuggestionRow): RoutingSuggestion {
  return Object.assign(new RoutingSuggestion(), {
    userId: row.user_id,
    audience: row.audience,
    rank: Number(row.rank),
    score: Number(row.score),
    solvedSimilar: Number(row.solved_similar),
    answeredInArea: Number(row.answered_in_area),
    areaName: row.area_name,
  });
}
