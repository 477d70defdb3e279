import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Idea } from '@forum/api/ideas';
import { PageInfo } from '@forum/api/platform';
import { FacetCount, Question } from '@forum/api/qna';
import type { PostType } from '@forum/api/search';
import { PostTypeEnum } from './search.inputs.js';

@ObjectType({ description: 'A piece of text; `match` marks the words the query matched.' })
export class TextSegment {
  @Field({ description: 'The text.' })
  text!: string;

  @Field({ description: 'Whether these words matched the query (show them highlighted).' })
  match!: boolean;
}

@ObjectType({ description: 'One search hit: a question or an idea.' })
export class SearchHit {
  @Field(() => PostTypeEnum, { description: 'Which of `question` and `idea` is set.' })
  type!: PostType;

  @Field(() => Question, { nullable: true, description: 'The question found, for QUESTION hits.' })
  question!: Question | null;

  @Field(() => Idea, { nullable: true, description: 'The idea found, for IDEA hits.' })
  idea!: Idea | null;

  @Field(() => [TextSegment], { description: 'Its title, with the matched words marked.' })
  title!: TextSegment[];

  @Field(() => [TextSegment], {
    description:
      'The passage that matched (question, accepted answer, another answer or idea description).',
  })
  snippet!: TextSegment[];
}

@ObjectType({ description: 'Counts for the filters of a search.' })
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'Per kind of post (`question`, `idea`).' })
  types!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Questions per state (lower-case state names).' })
  states!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Ideas per status (lower-case status names).' })
  ideaStatuses!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Per product id.' })
  products!: FacetCount[];

  @Field(() => [FacetCount], { description: 'The 20 most used tags.' })
  tags!: FacetCount[];
}

@ObjectType({ description: 'Hits for a query, with counts to narrow it down.' })
export class SearchResults {
  @Field(() => [SearchHit], { description: 'This page of hits.' })
  hits!: SearchHit[];

  @Field(() => Int, { description: 'How many posts match (estimated beyond 1,000).' })
  total!: number;

  @Field(() => SearchFacets, {
    description:
      'Matching posts per kind, state, idea status, product id and tag. Each count ignores the filter on its own field, so other values stay selectable.',
  })
  facets!: SearchFacets;

  @Field(() => Int, { description: "The search engine's own processing time." })
  processingTimeMs!: number;

  @Field(() => PageInfo, { description: 'Where the next page starts.' })
  pageInfo!: PageInfo;
}
