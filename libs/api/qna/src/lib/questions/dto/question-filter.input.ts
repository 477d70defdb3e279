import { Field, ID, InputType } from '@nestjs/graphql';
import { QuestionState } from '@forum/shared/domain';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { QuestionStateEnum } from '../question-state.enum.js';

@InputType({ description: 'Which questions to list; all conditions must hold.' })
export class QuestionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this product area.' })
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only questions with this tag (its slug).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string | null;

  @Field(() => [QuestionStateEnum], {
    nullable: true,
    description: 'Only questions in these states.',
  })
  @IsOptional()
  @IsIn(Object.values(QuestionState), { each: true })
  states?: QuestionState[] | null;

  @Field(() => ID, { nullable: true, description: 'Only questions asked by this person.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only questions without any answer.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}
