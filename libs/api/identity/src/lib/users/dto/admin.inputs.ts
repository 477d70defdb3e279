import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@forum/api/platform';
import { type Role, roles } from '@forum/shared/domain';
import { RoleEnum } from '../user.model.js';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Only people with this role.' })
  @IsOptional()
  @IsIn(roles)
  role?: Role | null;
}

@InputType({ description: "A person's new role." })
export class SetUserRoleInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  userId!: string;

  @Field(() => RoleEnum, { description: 'Their new role.' })
  @IsIn(roles)
  role!: Role;
}

@InputType({ description: 'The public title of a staff member.' })
export class SetExpertProfileInput {
  @Field(() => ID, { description: 'The staff member.' })
  @IsUUID()
  userId!: string;

  @Field({ description: 'e.g. "Support Engineer, Billing" (2 to 100 characters).' })
  @IsString()
  @Length(2, 100)
  title!: string;
}

@InputType({ description: 'Which customer organisation a person belongs to.' })
export class SetOrganisationInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  userId!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation, or null for none.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@InputType({ description: 'Suspends an account until a date, with a reason shown to the person.' })
export class SuspendUserInput {
  @Field(() => ID, { description: 'The person to suspend.' })
  @IsUUID()
  userId!: string;

  @Field({ description: 'Why (5 to 500 characters); the person sees it.' })
  @IsString()
  @Length(5, 500)
  reason!: string;

  @Field({ description: 'When the suspension ends.' })
  @IsDate()
  until!: Date;
}

@InputType({ description: 'Ends a suspension early.' })
export class UnsuspendUserInput {
  @Field(() => ID, { description: 'The suspended person.' })
  @IsUUID()
  userId!: string;
}
