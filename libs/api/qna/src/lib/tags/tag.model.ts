import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A topic label on questions.' })
export class Tag {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Lower-case letters, digits and hyphens, e.g. `password-reset`.' })
  slug!: string;
}

export function toTag(entity: { id: string; slug: string }): Tag {
  return { id: entity.id, slug: entity.slug };
}
