import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { OrganisationPlan } from '@forum/shared/domain';
import { OrganisationPlanEnum } from '../organisation.model.js';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

const plans = Object.values(OrganisationPlan);

@InputType({ description: 'A new customer organisation.' })
export class CreateOrganisationInput {
  @Field({ description: 'Company name (2 to 120 characters, unique).' })
  @IsString()
  @Length(2, 120)
  name!: string;

  @Field(() => OrganisationPlanEnum, { description: 'Plan tier.' })
  @IsIn(plans)
  plan!: OrganisationPlan;

  @Field(() => Float, { nullable: true, description: 'Annual revenue in whole currency units.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  annualRevenue?: number | null;
}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name (2 to 120 characters, unique).' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  name?: string | null;

  @Field(() => OrganisationPlanEnum, { nullable: true, description: 'New plan tier.' })
  @IsOptional()
  @IsIn(plans)
  plan?: OrganisationPlan | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Annual revenue in whole currency units; omitted or null keeps the current value.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  annualRevenue?: number | null;
}
