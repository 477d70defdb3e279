import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdeaStatus } from '@forum/shared/domain';
import { IdeaStatusEnum } from '../ideas/idea-status.enum.js';

@ObjectType({ description: 'One idea with the figures product managers rank by.' })
export class IdeaInsight {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => IdeaStatusEnum, { description: 'Its status.' })
  status!: IdeaStatus;

  @Field(() => ID, { description: 'Its product area.' })
  productId!: string;

  @Field({ description: "The product area's name." })
  productName!: string;

  @Field(() => Int, { description: 'All live votes.' })
  votes!: number;

  @Field(() => Int, {
    description: 'Live votes cast in the filter period; all of them when there is no period.',
  })
  periodVotes!: number;

  @Field(() => Float, { description: "Votes weighted by the voter's organisation plan." })
  weightedVotes!: number;

  @Field(() => Int, { description: 'Distinct organisations among the voters.' })
  organisations!: number;

  @Field(() => Int, { description: 'Votes cast in the last 14 days, today included.' })
  votesLast14Days!: number;

  @Field(() => Int, { description: 'Votes cast in the 14 days before those.' })
  votesPrevious14Days!: number;

  @Field(() => Int, { description: '`votesLast14Days` minus `votesPrevious14Days`.' })
  trend!: number;

  @Field(() => Int, { description: 'Questions linked to the idea as asking for it.' })
  linkedQuestions!: number;

  @Field(() => Int, { description: 'Distinct people who asked those questions.' })
  askers!: number;

  @Field(() => Int, { description: 'Distinct organisations of those people.' })
  askerOrganisations!: number;
}

@ObjectType({ description: 'How much one vote counts for an organisation plan.' })
export class PlanWeight {
  @Field({ description: '`free`, `pro`, `enterprise`, or `none` for voters without one.' })
  plan!: string;

  @Field(() => Float, { description: 'The weight.' })
  weight!: number;
}

@ObjectType({ description: 'Ideas ranked for product managers, with a CSV of the same table.' })
export class IdeaInsightsReport {
  @Field(() => [IdeaInsight], { description: 'The ideas, best first.' })
  rows!: IdeaInsight[];

  @Field(() => [PlanWeight], { description: 'The weights behind `weightedVotes`.' })
  planWeights!: PlanWeight[];

  @Field({ description: 'The UTC day the figures were computed for (`YYYY-MM-DD`).' })
  today!: string;
}
