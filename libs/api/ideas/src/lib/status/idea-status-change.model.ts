import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IdeaStatus } from '@forum/shared/domain';
import { IdeaStatusEnum } from '../ideas/idea-status.enum.js';
import type { IdeaStatusChangeEntity } from './idea-status-change.entity.js';

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
