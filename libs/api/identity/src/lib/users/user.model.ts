import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum } from '@forum/api/platform';
import { Locale, Role } from '@forum/shared/domain';
import type { UserEntity } from './user.entity.js';

export const RoleEnum = graphqlEnum(
  Role,
  'Role',
  'What a person may do; everyone but members is company staff.',
);
export const LocaleEnum = graphqlEnum(Locale, 'Locale', 'Language of the interface and of e-mail.');

@ObjectType({
  description:
    'A person in the community. Public fields are visible to everyone; private ones only to the person and to staff who need them (each says who).',
})
export class User {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({
    description: 'Name shown next to their posts. "Deleted user" once the account is deleted.',
  })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'Their role.' })
  role!: Role;

  @Field({
    description:
      'Whether they are company staff (any role but member); staff posts carry a staff mark.',
  })
  isStaff!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Public job title of staff, e.g. "Support Engineer, Billing".',
  })
  staffTitle!: string | null;

  @Field(() => Int, {
    description: 'Reputation: the sum of what their questions and answers earned from others.',
  })
  reputation!: number;

  @Field({ description: 'Whether the account was deleted; its posts stay.' })
  isDeleted!: boolean;

  @Field({ description: 'When they joined.' })
  createdAt!: Date;

  /** The row behind this object, for the private field resolvers; not part of the schema. */
  entity!: UserEntity;
}

export const UserConnection = ConnectionType(User, 'User');

export function toUser(entity: UserEntity): User {
  const deleted = entity.deletedAt !== null;
  return Object.assign(new User(), {
    id: entity.id,
    displayName: deleted ? 'Deleted user' : entity.displayName,
    role: entity.role,
    isStaff: entity.role !== Role.Member,
    staffTitle: deleted ? null : entity.expertTitle,
    reputation: entity.reputation,
    isDeleted: deleted,
    createdAt: entity.createdAt,
    entity,
  });
}
