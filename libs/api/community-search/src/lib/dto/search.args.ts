import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SearchSort, SearchSortEnum } from '../search-sort.enum.js';
import { SearchFilter } from './search-filter.input.js';

export const searchLimits = { queryMax: 200, titleMax: 200, bodyMax: 2_000 } as const;

@ArgsType()
export class SearchArgs {
  @Field({ description: 'What to look for; typos are forgiven. Empty lists everything.' })
  @IsString()
  @MaxLength(searchLimits.queryMax)
  query!: string;

  @Field(() => SearchFilter, { nullable: true, description: 'Narrow the hits.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter | null;

  @Field(() => SearchSortEnum, { defaultValue: SearchSort.Relevance, description: 'Order.' })
  @IsIn(Object.values(SearchSort))
  sort: SearchSort = SearchSort.Relevance;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits to return (1 to 50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return the hits after this cursor.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
