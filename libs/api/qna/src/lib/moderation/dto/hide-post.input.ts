import { Field, ID, InputType } from '@nestjs/graphql';
import { moderationLimits } from '@forum/shared/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { ModeratedPostKind } from '../post-moderation.service.js';
import { ModeratedPostKindEnum } from '../moderated-post-kind.enum.js';

@InputType({ description: 'A question or answer a moderator hides, with a note for its author.' })
export class HidePostInput {
  @Field(() => ModeratedPostKindEnum, { description: 'Question or answer.' })
  @IsIn(['question', 'answer'])
  target!: ModeratedPostKind;

  @Field(() => ID, { description: 'The post.' })
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `Why, shown to the author (at most ${moderationLimits.hiddenNoteMax} characters).`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(moderationLimits.hiddenNoteMax)
  note?: string | null;
}

@InputType({ description: 'A hidden question or answer to show again.' })
export class UnhidePostInput {
  @Field(() => ModeratedPostKindEnum, { description: 'Question or answer.' })
  @IsIn(['question', 'answer'])
  target!: ModeratedPostKind;

  @Field(() => ID, { description: 'The post.' })
  @IsUUID()
  id!: string;
}
