import { Field, ID, InputType } from '@nestjs/graphql';
import { CloseReason } from '@forum/shared/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CloseReasonEnum } from '../close-reason.enum.js';

@InputType({ description: 'Closes a question, with a reason.' })
export class CloseQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  id!: string;

  @Field(() => CloseReasonEnum, { description: 'Why.' })
  @IsIn(Object.values(CloseReason))
  reason!: CloseReason;

  @Field(() => ID, {
    nullable: true,
    description: 'The original question, when the reason is DUPLICATE.',
  })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string | null;
}
