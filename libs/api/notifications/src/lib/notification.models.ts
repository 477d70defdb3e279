import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@forum/api/platform';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import type { NotificationEntity } from './notification.entity.js';
import { toNotificationPayload } from './notification-payload.mapper.js';
import { NotificationPayload } from './notification-payload.model.js';

@ObjectType({ description: 'Something that happened that the signed-in person should know.' })
export class Notification {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({
    description: 'What happened, e.g. `idea.status_changed`; decides the type of `payload`.',
  })
  kind!: string;

  @Field(() => NotificationPayload, {
    nullable: true,
    description: 'The details (ids, titles, messages); null for a kind this version does not know.',
  })
  payload!: NotificationPayload | null;

  @Field(() => Int, {
    description:
      'How many events it stands for: unread notifications of a kind about the same subject coalesce ("3 new answers"); `payload` and `actor` are the latest one’s.',
  })
  count!: number;

  /** Who caused the (latest) event; resolved as `actor`. */
  actorId!: string | null;

  @Field({ description: 'When it (the latest event it stands for) happened.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was marked read; null if unread.' })
  readAt!: Date | null;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification');

export function toNotification(entity: NotificationEntity): Notification {
  return Object.assign(new Notification(), {
    id: entity.id,
    kind: entity.kind,
    payload: toNotificationPayload(entity.kind, entity.payload),
    count: entity.count,
    actorId: entity.actorId,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
  });
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@InputType({ description: 'Which notifications to mark read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These (up to 100); all when omitted.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}
