import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '@forum/api/identity';
import { graphqlEnum } from '@forum/api/platform';
import { AcceptanceKind } from '../qna.permissions.js';

export const AcceptanceKindEnum = graphqlEnum(
  AcceptanceKind,
  'AcceptanceKind',
  'How the accepted answer became the solution: ASKER (the asker accepted it), STAFF_VERIFIED (staff checked someone else’s answer: "Verified"), AUTHOR_STAFF (staff marked their own answer: never shown as verified).',
);

@ObjectType({ description: 'Who marked the solution, when, and whether that verifies it.' })
export class AnswerAcceptance {
  @Field(() => ID, { description: 'The accepted answer.' })
  answerId!: string;

  @Field(() => AcceptanceKindEnum, { description: 'Asker, staff verifying, or staff author.' })
  kind!: AcceptanceKind;

  @Field(() => User, { nullable: true, description: 'Who accepted it; null when deleted.' })
  by!: User | null;

  @Field({ description: 'When it was accepted.' })
  at!: Date;
}
