import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { graphqlEnum, PageArgs } from '@forum/api/platform';
import { IdeaStatus, ideaLimits } from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const IdeaStatusEnum = graphqlEnum(
  IdeaStatus,
  'IdeaStatus',
  'Where an idea stands: UNDER_REVIEW (new), PLANNED, IN_PROGRESS, SHIPPED or DECLINED.',
);

export const IdeaOrder = { Top: 'top', Trending: 'trending', Newest: 'newest' } as const;
export type IdeaOrder = (typeof IdeaOrder)[keyof typeof IdeaOrder];

export const IdeaOrderEnum = graphqlEnum(
  IdeaOrder,
  'IdeaOrder',
  'How to sort ideas: TOP by votes, TRENDING by votes in the last 14 days, NEWEST first.',
);

@InputType({ description: 'A new feature idea.' })
export class ProposeIdeaInput {
  @Field({
    description: `What should be possible (${ideaLimits.titleMin} to ${ideaLimits.titleMax} characters).`,
  })
  @IsString()
  @Length(ideaLimits.titleMin, ideaLimits.titleMax)
  title!: string;

  @Field({
    description: `Why and how, in Markdown (up to ${ideaLimits.descriptionMax} characters).`,
  })
  @IsString()
  @MaxLength(ideaLimits.descriptionMax)
  description!: string;

  @Field(() => ID, { description: 'The product area it is about.' })
  @IsUUID()
  productId!: string;
}

@InputType({ description: 'Changes to an idea; omitted fields stay.' })
export class EditIdeaInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @IsString()
  @Length(ideaLimits.titleMin, ideaLimits.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description in Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(ideaLimits.descriptionMax)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;
}

@InputType({ description: 'Which ideas to list; all conditions must hold.' })
export class IdeaFilter {
  @Field(() => [IdeaStatusEnum], { nullable: true, description: 'Only ideas in these statuses.' })
  @IsOptional()
  @IsIn(Object.values(IdeaStatus), { each: true })
  statuses?: IdeaStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only ideas proposed by this person.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;
}

@ArgsType()
export class IdeasArgs extends PageArgs {
  @Field(() => IdeaFilter, { nullable: true, description: 'Which ideas.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdeaFilter)
  filter?: IdeaFilter | null;

  @Field(() => IdeaOrderEnum, { nullable: true, description: 'Sort order; TOP by default.' })
  @IsOptional()
  @IsIn(Object.values(IdeaOrder))
  orderBy?: IdeaOrder | null;
}

@InputType({ description: 'A new status with the public message that explains it.' })
export class SetIdeaStatusInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => IdeaStatusEnum, { description: 'The new status.' })
  @IsIn(Object.values(IdeaStatus))
  status!: IdeaStatus;

  @Field({
    description: `Shown on the idea and sent to its voters, in Markdown (${ideaLimits.statusMessageMin} to ${ideaLimits.statusMessageMax} characters).`,
  })
  @IsString()
  @Length(ideaLimits.statusMessageMin, ideaLimits.statusMessageMax)
  message!: string;
}

@InputType({ description: 'Merges a duplicate idea into another one.' })
export class MergeIdeaInput {
  @Field(() => ID, { description: 'The duplicate; it redirects to the target afterwards.' })
  @IsUUID()
  sourceId!: string;

  @Field(() => ID, { description: 'The idea that keeps the votes.' })
  @IsUUID()
  targetId!: string;
}

@InputType({ description: 'A question that asks for what an idea describes.' })
export class LinkQuestionInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;
}

@InputType({ description: 'A comment on an idea.' })
export class AddIdeaCommentInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field({
    description: `The comment in Markdown (${ideaLimits.commentMin} to ${ideaLimits.commentMax} characters).`,
  })
  @IsString()
  @Length(ideaLimits.commentMin, ideaLimits.commentMax)
  body!: string;
}

@InputType({ description: 'A comment to delete.' })
export class DeleteIdeaCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @IsUUID()
  id!: string;
}

@InputType({ description: 'A staff-only note on an idea.' })
export class AddIdeaNoteInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field({ description: `The note (1 to ${ideaLimits.noteMax} characters).` })
  @IsString()
  @Length(1, ideaLimits.noteMax)
  body!: string;
}
