import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { ApiTokenScope } from '../api-token.entity.js';
import { ApiTokenScopeEnum } from '../api-token.model.js';

@InputType({ description: 'A new personal access token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What it is for (1 to 80 characters).' })
  @IsString()
  @Length(1, 80)
  name!: string;

  @Field(() => ApiTokenScopeEnum, { description: 'What the token may do.' })
  @IsIn(Object.values(ApiTokenScope))
  scope!: ApiTokenScope;
}

@InputType({ description: 'A token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token.' })
  @IsUUID()
  id!: string;
}
