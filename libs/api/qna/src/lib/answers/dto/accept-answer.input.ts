import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The answer that solved the question.' })
export class AcceptAnswerInput {
  @Field(() => ID, { description: 'The answer.' })
  @IsUUID()
  answerId!: string;
}

@InputType({ description: 'A question whose accepted solution is withdrawn.' })
export class UnacceptAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;
}
