import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { clientAddress, OptionalViewer, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { RecordQuestionViewInput } from './dto/record-question-view.input.js';
import { ViewService } from './view.service.js';

@Resolver()
export class ViewResolver {
  constructor(private readonly views: ViewService) {}

  @Mutation(() => Boolean, {
    description: 'Counts a visit; once per visitor per question per day. True when it counted.',
  })
  recordQuestionView(
    @Args('input', { description: 'The question.' }) input: RecordQuestionViewInput,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<boolean> {
    return this.views.record(input.questionId, {
      userId: viewer?.user.id,
      address: clientAddress(req),
      userAgent: req.get('user-agent') ?? '',
    });
  }
}
