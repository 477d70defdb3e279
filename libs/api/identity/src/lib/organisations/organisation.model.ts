import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { OrganisationPlan } from '@forum/shared/domain';
import type { OrganisationEntity } from './organisation.entity.js';

export const OrganisationPlanEnum = graphqlEnum(
  OrganisationPlan,
  'OrganisationPlan',
  'The plan a customer organisation is on.',
);

@ObjectType({ description: 'A customer company; product managers segment feature votes by it.' })
export class Organisation {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Company name.' })
  name!: string;

  @Field(() => OrganisationPlanEnum, { description: 'Plan tier.' })
  plan!: OrganisationPlan;

  @Field(() => Float, {
    nullable: true,
    description: 'Annual revenue in whole currency units, when known.',
  })
  annualRevenue!: number | null;

  @Field({ description: 'When the organisation was added.' })
  createdAt!: Date;
}

export function toOrganisation(entity: OrganisationEntity): Organisation {
  return Object.assign(new Organisation(), {
    id: entity.id,
    name: entity.name,
    plan: entity.plan,
    annualRevenue: entity.annualRevenue,
    createdAt: entity.createdAt,
  });
}
