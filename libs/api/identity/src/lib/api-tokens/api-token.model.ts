import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { type ApiTokenEntity, ApiTokenScope } from './api-token.entity.js';

export const ApiTokenScopeEnum = graphqlEnum(
  ApiTokenScope,
  'ApiTokenScope',
  'What a personal access token may do: READ runs queries only, WRITE also mutations.',
);

@ObjectType({
  description:
    'A personal access token for scripts and integrations (the secret itself is never shown again).',
})
export class ApiToken {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Name its owner gave it.' })
  name!: string;

  @Field({ description: 'First characters of the token, to recognise it.' })
  prefix!: string;

  @Field(() => ApiTokenScopeEnum, { description: 'What it may do.' })
  scope!: ApiTokenScope;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used, to the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A token just created: the secret is in `token`, shown this once.' })
export class CreatedApiToken {
  @Field({
    description: 'Send as `Authorization: Bearer <token>`. Store it now; it cannot be shown again.',
  })
  token!: string;

  @Field(() => ApiToken, { description: 'The stored token, without its secret.' })
  apiToken!: ApiToken;
}

export function toApiToken(entity: ApiTokenEntity): ApiToken {
  return Object.assign(new ApiToken(), {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    scope: entity.scope,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
  });
}
