import { Field, ID, InputType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { ideaLimits, VoteImportance } from '@forum/shared/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export const VoteImportanceEnum = graphqlEnum(
  VoteImportance,
  'VoteImportance',
  'How much a voter needs an idea: NICE_TO_HAVE, IMPORTANT or CRITICAL.',
);

@InputType({ description: 'A vote for an idea; voting again changes importance and reason.' })
export class VoteForIdeaInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => VoteImportanceEnum, { nullable: true, description: 'How much you need it.' })
  @IsOptional()
  @IsIn(Object.values(VoteImportance))
  importance?: VoteImportance | null;

  @Field(() => String, {
    nullable: true,
    description: `Why, in up to ${ideaLimits.reasonMax} characters; only product managers read it.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(ideaLimits.reasonMax)
  reason?: string | null;
}

@InputType({ description: 'An idea to act on.' })
export class IdeaIdInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;
}

@InputType({
  description: 'A vote staff record for a customer organisation, e.g. heard on a call.',
})
export class RecordOrganisationVoteInput extends VoteForIdeaInput {
  @Field(() => ID, { description: 'The organisation the vote is for.' })
  @IsUUID()
  organisationId!: string;
}

@InputType({ description: 'Removes the vote recorded for an organisation.' })
export class RemoveOrganisationVoteInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID()
  ideaId!: string;

  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID()
  organisationId!: string;
}
