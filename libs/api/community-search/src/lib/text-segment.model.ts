import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A piece of text; `match` marks the words the query matched.' })
export class TextSegment {
  @Field({ description: 'The text.' })
  text!: string;

  @Field({ description: 'Whether these words matched the query (show them highlighted).' })
  match!: boolean;
}
