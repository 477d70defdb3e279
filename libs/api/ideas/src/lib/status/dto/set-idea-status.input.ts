import { Field, ID, InputType } from '@nestjs/graphql';
import { IdeaStatus, ideaLimits } from '@forum/shared/domain';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IdeaStatusEnum } from '../../ideas/idea-status.enum.js';

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
