import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Votes cast in one week.' })
export class WeeklyVotes {
  @Field({ description: 'Monday the week starts on (UTC), `YYYY-MM-DD`.' })
  weekStart!: string;

  @Field(() => Int, { description: 'Live votes cast that week.' })
  votes!: number;
}

@ObjectType({ description: 'One idea’s votes per week.' })
export class IdeaVoteTrendSeries {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => [WeeklyVotes], { description: 'Oldest week first, this week last.' })
  weeks!: WeeklyVotes[];
}

@ObjectType({ description: 'Votes per week of several ideas, with a CSV of the same table.' })
export class IdeaVoteTrend {
  @Field(() => [IdeaVoteTrendSeries], { description: 'One series per idea, in the order asked.' })
  series!: IdeaVoteTrendSeries[];
}
