import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A product area questions belong to.' })
export class Product {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Short name used in addresses, e.g. `billing`.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What belongs here.' })
  description!: string | null;
}
