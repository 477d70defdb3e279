import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Product, Tag } from '@forum/api/qna';
import { ArrayMaxSize, IsDate, IsOptional, IsUUID } from 'class-validator';

export const expertAreaLimits = { productsMax: 50, tagsMax: 100 } as const;

@ObjectType('ExpertAreas', {
  description: 'The products and tags a staff member covers: their questions reach them first.',
})
export class ExpertAreasView {
  @Field(() => [Product], { description: 'Products they cover, by name.' })
  products!: Product[];

  @Field(() => [Tag], { description: 'Tags they cover, by slug.' })
  tags!: Tag[];
}

@InputType({
  description: 'The products and tags one staff member covers, replacing what was set.',
})
export class MyExpertAreasInput {
  @Field(() => [ID], { description: `Products (up to ${expertAreaLimits.productsMax}).` })
  @ArrayMaxSize(expertAreaLimits.productsMax)
  @IsUUID('all', { each: true })
  productIds!: string[];

  @Field(() => [ID], { description: `Tags (up to ${expertAreaLimits.tagsMax}).` })
  @ArrayMaxSize(expertAreaLimits.tagsMax)
  @IsUUID('all', { each: true })
  tagIds!: string[];
}

@InputType({ description: "An admin sets a staff member's products and tags." })
export class SetExpertAreasInput extends MyExpertAreasInput {
  @Field(() => ID, { description: 'The staff member (expert, moderator or admin).' })
  @IsUUID()
  userId!: string;
}

@InputType({ description: 'Time away: from now until a moment, or open-ended.' })
export class SetAwayInput {
  @Field(() => Date, {
    nullable: true,
    description: 'When they are back (in the future, at most a year ahead); null for open-ended.',
  })
  @IsOptional()
  @IsDate()
  until?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Whose time away (admins only); the signed-in person when left out.',
  })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

@InputType({ description: 'Ends time away now.' })
export class ClearAwayInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Whose time away (admins only); the signed-in person when left out.',
  })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}
