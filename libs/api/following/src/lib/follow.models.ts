import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum, PageArgs } from '@forum/api/platform';
import { FollowTarget, followTargets } from '@forum/shared/domain';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

export const FollowTargetTypeEnum = graphqlEnum(
  FollowTarget,
  'FollowTargetType',
  'What can be followed: a QUESTION, an IDEA, a TAG or a PRODUCT area.',
);

@InputType({ description: 'What to follow or unfollow.' })
export class FollowInput {
  @Field(() => FollowTargetTypeEnum, { description: 'What kind of thing.' })
  @IsIn(followTargets)
  targetType!: FollowTarget;

  @Field(() => ID, { description: 'Its id.' })
  @IsUUID()
  targetId!: string;
}

@ObjectType({ description: 'Whether the signed-in person follows a thing, and how many do.' })
export class FollowState {
  @Field(() => FollowTargetTypeEnum, { description: 'What kind of thing.' })
  targetType!: FollowTarget;

  @Field(() => ID, { description: 'Its id.' })
  targetId!: string;

  @Field({ description: 'Whether the signed-in person follows it now.' })
  following!: boolean;

  @Field(() => Int, { description: 'How many people follow it.' })
  followerCount!: number;
}

@ObjectType({ description: 'Something the signed-in person follows.' })
export class FollowedItem {
  @Field(() => FollowTargetTypeEnum, { description: 'What kind of thing.' })
  targetType!: FollowTarget;

  @Field(() => ID, { description: 'Its id.' })
  targetId!: string;

  @Field({
    description: 'Its title (questions, ideas), name (products) or slug (tags), for display.',
  })
  title!: string;

  @Field({ description: 'Where it lives in the web app, e.g. `/questions/<id>`.' })
  path!: string;

  @Field({ description: 'When the person started following it.' })
  followedAt!: Date;
}

export const FollowConnection = ConnectionType(FollowedItem, 'Follow');

@ArgsType()
export class MyFollowsArgs extends PageArgs {
  @Field(() => FollowTargetTypeEnum, { nullable: true, description: 'Only things of this kind.' })
  @IsOptional()
  @IsIn(followTargets)
  targetType?: FollowTarget | null;
}

@ObjectType({ description: "Which of the signed-in person's own actions make them follow a post." })
export class FollowSettings {
  @Field({ description: 'Follow the questions they ask and the ideas they propose.' })
  followOnAsk!: boolean;

  @Field({ description: 'Follow the questions they answer.' })
  followOnAnswer!: boolean;

  @Field({ description: 'Follow the questions they comment on.' })
  followOnComment!: boolean;

  @Field({ description: 'Follow the ideas they vote for.' })
  followOnIdeaVote!: boolean;
}

@InputType({ description: 'The switches to change; those left out stay as they are.' })
export class UpdateFollowSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Follow what one asks or proposes.' })
  @IsOptional()
  @IsBoolean()
  followOnAsk?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow the questions one answers.' })
  @IsOptional()
  @IsBoolean()
  followOnAnswer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow the questions one comments on.' })
  @IsOptional()
  @IsBoolean()
  followOnComment?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow the ideas one votes for.' })
  @IsOptional()
  @IsBoolean()
  followOnIdeaVote?: boolean | null;
}
