import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { privateDetailsLimits } from '@forum/shared/domain';
import { IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * A ceiling for the transport only: anything up to it reaches the service, which refuses more than
 * `privateDetailsLimits.bodyMax` characters with PRIVATE_DETAILS_TOO_LONG (line breaks counted
 * after normalising), so the web app can say how long the text may be.
 */
const bodyTransportMax = privateDetailsLimits.bodyMax * 4;

@ObjectType({
  description:
    'What the asker told only staff (an order number, an account id, a log excerpt). Plain text; keep its line breaks.',
})
export class PrivateDetails {
  @Field({ description: 'The text, plain (not Markdown).' })
  body!: string;

  @Field({ description: 'When the asker last changed it.' })
  updatedAt!: Date;
}

@InputType({ description: "The asker's private details of their question." })
export class SetQuestionPrivateDetailsInput {
  @Field(() => ID, { description: 'The question.' })
  @IsUUID()
  questionId!: string;

  @Field({
    description: `Plain text, up to ${privateDetailsLimits.bodyMax} characters; empty (or only blanks) removes them.`,
  })
  @IsString()
  @MaxLength(bodyTransportMax)
  body!: string;
}
