import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdeaStatusEnum } from '@forum/api/ideas';
import { graphqlEnum } from '@forum/api/platform';
import { QuestionStateEnum } from '@forum/api/qna';
import type { PostType } from '@forum/api/search';
import {
  IdeaStatus,
  ideaLimits,
  type QuestionState,
  QuestionState as QuestionStates,
  tagPattern,
} from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const SearchSort = {
  Relevance: 'relevance',
  Newest: 'newest',
  Active: 'active',
  Top: 'top',
} as const;
export type SearchSort = (typeof SearchSort)[keyof typeof SearchSort];

export const SearchSortEnum = graphqlEnum(
  SearchSort,
  'SearchSort',
  'Order of search hits: best RELEVANCE (solved and high-scoring first among equals), NEWEST, recently ACTIVE, TOP score.',
);

export const PostTypes = { Question: 'question', Idea: 'idea' } as const satisfies Record<
  string,
  PostType
>;

export const PostTypeEnum = graphqlEnum(
  PostTypes,
  'PostType',
  'What a search hit is: a QUESTION (with its answers) or a feature IDEA.',
);

export const searchLimits = { queryMax: 200, titleMax: 200, bodyMax: 2_000 } as const;

@InputType({ description: 'Narrows a search; values within one field are alternatives.' })
export class SearchFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these product areas.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  products?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only posts with one of these tags.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(tagPattern, { each: true })
  tags?: string[] | null;

  @Field(() => [PostTypeEnum], {
    nullable: true,
    description: 'Only these kinds of posts; questions and ideas when omitted.',
  })
  @IsOptional()
  @IsIn(Object.values(PostTypes), { each: true })
  types?: PostType[] | null;

  @Field(() => [QuestionStateEnum], {
    nullable: true,
    description:
      'Only questions in these states (with `ideaStatuses`: or ideas in those statuses).',
  })
  @IsOptional()
  @IsIn(Object.values(QuestionStates), { each: true })
  states?: QuestionState[] | null;

  @Field(() => [IdeaStatusEnum], {
    nullable: true,
    description: 'Only ideas in these statuses (with `states`: or questions in those states).',
  })
  @IsOptional()
  @IsIn(Object.values(IdeaStatus), { each: true })
  ideaStatuses?: IdeaStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only questions a staff member answered (true) or none did (false).',
  })
  @IsOptional()
  @IsBoolean()
  answeredByStaff?: boolean | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'What to look for; typos are forgiven. Empty lists everything.' })
  @IsString()
  @MaxLength(searchLimits.queryMax)
  query!: string;

  @Field(() => SearchFilter, { nullable: true, description: 'Narrow the hits.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter | null;

  @Field(() => SearchSortEnum, { defaultValue: SearchSort.Relevance, description: 'Order.' })
  @IsIn(Object.values(SearchSort))
  sort: SearchSort = SearchSort.Relevance;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits to return (1 to 50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return the hits after this cursor.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ArgsType()
export class SimilarQuestionsArgs {
  @Field({ description: 'The title being typed.' })
  @IsString()
  @MaxLength(searchLimits.titleMax)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The details typed so far.' })
  @IsOptional()
  @IsString()
  @MaxLength(searchLimits.bodyMax)
  body?: string | null;
}

@ArgsType()
export class SimilarIdeasArgs {
  @Field({ description: 'The title being typed.' })
  @IsString()
  @MaxLength(ideaLimits.titleMax)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'Prefer ideas of this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => Int, { defaultValue: 5, description: 'How many (1 to 10).' })
  @IsInt()
  @Min(1)
  @Max(10)
  first = 5;
}

@InputType({ description: 'A suggestion the asker opened from the ask form.' })
export class RecordSuggestionVisitInput {
  @Field(() => ID, {
    description: 'Identifies one ask-form session; send the same id with askQuestion.',
  })
  @IsUUID()
  draftId!: string;

  @Field(() => ID, { description: 'The suggested question that was opened.' })
  @IsUUID()
  questionId!: string;
}
