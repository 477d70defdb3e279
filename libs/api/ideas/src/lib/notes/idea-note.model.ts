import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { IdeaNoteEntity } from './idea-note.entity.js';

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
