import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { VoteForIdeaInput } from './vote-for-idea.input.js';

@InputType({
  description: 'A vote staff record for a customer organisation, e.g. heard on a call.',
})
export class RecordOrganisationVoteInput extends VoteForIdeaInput {
  @Field(() => ID, { description: 'The organisation the vote is for.' })
  @IsUUID()
  organisationId!: string;
}
