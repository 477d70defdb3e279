import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@forum/api/platform';
import { Question, QuestionFacets } from '@forum/api/qna';

@ObjectType({ description: 'A piece of text; `match` marks the words the query matched.' })
export class TextSegment {
  @Field({ description: 'The text.' })
  text!: string;

  @Field({ description: 'Whether these words matched the query (show them highlighted).' })
  match!: boolean;
}

@ObjectType({ description: 'One search hit.' })
export class SearchHit {
  @Field(() => Question, { description: 'The question found.' })
  question!: Question;

  @Field(() => [TextSegment], { description: 'Its title, with the matched words marked.' })
  title!: TextSegment[];

  @Field(() => [TextSegment], {
    description: 'The passage that matched (question, accepted answer or another answer).',
  })
  snippet!: TextSegment[];
}

@ObjectType({ description: 'Hits for a query, with counts to narrow it down.' })
export class SearchResults {
  @Field(() => [SearchHit], { description: 'This page of hits.' })
  hits!: SearchHit[];

  @Field(() => Int, { description: 'How many posts match (estimated beyond 1,000).' })
  total!: number;

  @Field(() => QuestionFacets, {
    description:
      'Matching posts per product id, tag and state. Each count ignores the filter on its own field, so other values stay selectable.',
  })
  facets!: QuestionFacets;

  @Field(() => Int, { description: "The search engine's own processing time." })
  processingTimeMs!: number;

  @Field(() => PageInfo, { description: 'Where the next page starts.' })
  pageInfo!: PageInfo;
}
