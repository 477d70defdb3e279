import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/api/platform';
import type { IdeaStatus } from '@forum/shared/domain';
import { IdeaStatusEnum } from './idea-status.enum.js';
import type { IdeaEntity } from './idea.entity.js';

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
    voteCount: entity.liveVoteCount,
    organisationCount: entity.liveOrganisationCount,
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
