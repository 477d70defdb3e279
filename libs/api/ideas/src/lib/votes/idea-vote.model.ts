import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationPlan, VoteImportance } from '@forum/shared/domain';
import type { IdeaVoteEntity } from './idea-vote.entity.js';
import { VoteImportanceEnum } from './vote-importance.enum.js';

@ObjectType({ description: "The signed-in person's own vote on an idea." })
export class IdeaViewerVote {
  @Field(() => VoteImportanceEnum, { nullable: true, description: 'How much they need it.' })
  importance!: VoteImportance | null;

  @Field(() => String, { nullable: true, description: 'Why, as they wrote it.' })
  reason!: string | null;

  @Field({ description: 'When they voted.' })
  createdAt!: Date;
}

export function toIdeaViewerVote(entity: IdeaVoteEntity): IdeaViewerVote {
  return { importance: entity.importance, reason: entity.reason, createdAt: entity.createdAt };
}

@ObjectType({ description: 'A vote as product managers see it: who, how important, and why.' })
export class IdeaVote {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => VoteImportanceEnum, { nullable: true, description: 'How much it is needed.' })
  importance!: VoteImportance | null;

  @Field(() => String, { nullable: true, description: "The voter's reason." })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plan of the organisation when the vote was cast (`free`, `pro`, `enterprise`).',
  })
  plan!: OrganisationPlan | null;

  @Field({
    description: 'Whether staff recorded it for an organisation (e.g. heard on a call).',
  })
  isRecordedForOrganisation!: boolean;

  @Field({ description: 'When it was cast.' })
  createdAt!: Date;

  entity!: IdeaVoteEntity;
}

export function toIdeaVote(entity: IdeaVoteEntity): IdeaVote {
  return Object.assign(new IdeaVote(), {
    id: entity.id,
    importance: entity.importance,
    reason: entity.reason,
    plan: entity.plan,
    isRecordedForOrganisation: entity.recordedById !== null,
    createdAt: entity.createdAt,
    entity,
  });
}
