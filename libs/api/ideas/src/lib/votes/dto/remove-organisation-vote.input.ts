import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Removes the vote recorded for an organisation.' })
export class RemoveOrganisationVoteInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID()
  organisationId!: string;
}
