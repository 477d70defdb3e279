import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import type { IdeaStatus, OrganisationPlan, VoteImportance } from '@forum/shared/domain';
import type { IdeaCommentEntity } from './comments/idea-comment.entity.js';
import { IdeaStatusEnum } from './ideas/dto/idea.inputs.js';
import type { IdeaEntity } from './ideas/idea.entity.js';
import type { IdeaNoteEntity } from './notes/idea-note.entity.js';
import type { IdeaStatusChangeEntity } from './status/idea-status-change.entity.js';
import { VoteImportanceEnum } from './votes/dto/vote.inputs.js';
import type { IdeaVoteEntity } from './votes/idea-vote.entity.js';

@ObjectType({ description: 'A feature idea customers propose and vote for.' })
export class Idea {
  @Field(() => ID, { description: 'Identifier; part of the idea address.' })
  id!: string;

  @Field({ description: 'What should be possible.' })
  title!: string;

  @Field({ description: 'Why and how, in Markdown; render it sanitised.' })
  description!: string;

  @Field(() => IdeaStatusEnum, { description: 'Where it stands.' })
  status!: IdeaStatus;

  @Field({ description: 'When the status last changed (or the idea was proposed).' })
  statusChangedAt!: Date;

  @Field(() => Int, { description: 'Votes, of people and recorded for organisations.' })
  voteCount!: number;

  @Field(() => Int, { description: 'Distinct customer organisations among the votes.' })
  organisationCount!: number;

  @Field(() => Int, { description: 'Comments, including those of ideas merged into this one.' })
  commentCount!: number;

  @Field(() => Int, { description: 'Questions linked as asking for this idea.' })
  linkedQuestionCount!: number;

  @Field(() => Int, { description: 'Distinct people who asked those questions.' })
  askerCount!: number;

  @Field(() => Int, { description: 'Distinct organisations of those people.' })
  askerOrganisationCount!: number;

  @Field({ description: 'When it was proposed.' })
  createdAt!: Date;

  @Field({ description: 'When it was last edited.' })
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was merged into another idea (see `mergedInto`).',
  })
  mergedAt!: Date | null;

  entity!: IdeaEntity;
}

export const IdeaConnection = ConnectionType(Idea, 'Idea');

export function toIdea(entity: IdeaEntity): Idea {
  return Object.assign(new Idea(), {
    id: entity.id,
    title: entity.title,
    description: entity.description,
    status: entity.status,
    statusChangedAt: entity.statusChangedAt,
    voteCount: entity.voteCount,
    organisationCount: entity.organisationCount,
    commentCount: entity.commentCount,
    linkedQuestionCount: entity.linkedQuestionCount,
    askerCount: entity.askerCount,
    askerOrganisationCount: entity.askerOrganisationCount,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    mergedAt: entity.mergedAt,
    entity,
  });
}

@ObjectType({ description: "The signed-in person's own vote on an idea." })
export class IdeaViewerVote {
  @Field(() => VoteImportanceEnum, { nullable: true, description: 'How much they need it.' })
  importance!: VoteImportance | null;

  @Field(() => String, { nullable: true, description: 'Why, as they wrote it.' })
  reason!: string | null;

  @Field({ description: 'When they voted.' })
  createdAt!: Date;
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

@ObjectType({ description: 'A status change with the public message that explains it.' })
export class IdeaStatusChange {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => IdeaStatusEnum, { description: 'The status before.' })
  fromStatus!: IdeaStatus;

  @Field(() => IdeaStatusEnum, { description: 'The status after.' })
  toStatus!: IdeaStatus;

  @Field({ description: 'The message in Markdown; render it sanitised.' })
  message!: string;

  @Field(() => Int, { description: 'How many people were notified.' })
  notifiedCount!: number;

  @Field({ description: 'When it changed.' })
  createdAt!: Date;

  entity!: IdeaStatusChangeEntity;
}

export function toIdeaStatusChange(entity: IdeaStatusChangeEntity): IdeaStatusChange {
  return Object.assign(new IdeaStatusChange(), {
    id: entity.id,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    message: entity.message,
    notifiedCount: entity.notifiedCount,
    createdAt: entity.createdAt,
    entity,
  });
}

@ObjectType({ description: 'A comment on an idea.' })
export class IdeaComment {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'The comment in Markdown; render it sanitised.' })
  body!: string;

  @Field(() => ID, {
    description: 'The idea it was written on; differs from the shown idea after a merge.',
  })
  ideaId!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  entity!: IdeaCommentEntity;
}

export function toIdeaComment(entity: IdeaCommentEntity): IdeaComment {
  return Object.assign(new IdeaComment(), {
    id: entity.id,
    body: entity.body,
    ideaId: entity.ideaId,
    createdAt: entity.createdAt,
    entity,
  });
}

@ObjectType({ description: 'A staff-only note on an idea.' })
export class IdeaNote {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'The note, plain text.' })
  body!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  entity!: IdeaNoteEntity;
}

export function toIdeaNote(entity: IdeaNoteEntity): IdeaNote {
  return Object.assign(new IdeaNote(), {
    id: entity.id,
    body: entity.body,
    createdAt: entity.createdAt,
    entity,
  });
}

@ObjectType({ description: 'Ideas on the roadmap, by status.' })
export class IdeaRoadmap {
  @Field(() => [Idea], { description: 'Planned, most votes first (up to 50).' })
  planned!: Idea[];

  @Field(() => [Idea], { description: 'In progress, most votes first (up to 50).' })
  inProgress!: Idea[];

  @Field(() => [Idea], { description: 'Shipped, most recently first (up to 50).' })
  shipped!: Idea[];
}
