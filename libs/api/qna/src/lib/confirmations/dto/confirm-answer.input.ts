import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'An answer that solved the problem for the signed-in person too.' })
export class ConfirmAnswerInput {
  @Field(() => ID, { description: 'The answer.' })
  @IsUUID()
  answerId!: string;
}
