import { Field, ID, InputType } from '@nestjs/graphql';
import { IdeaStatusEnum } from '@forum/api/ideas';
import { QuestionStateEnum } from '@forum/api/qna';
import {
  IdeaStatus,
  type QuestionState,
  QuestionState as QuestionStates,
  tagPattern,
} from '@forum/shared/domain';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PostTypeEnum, PostTypes } from '../post-type.enum.js';
import type { PostType } from '../posts.index.js';

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
