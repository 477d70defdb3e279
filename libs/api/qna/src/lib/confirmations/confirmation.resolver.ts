import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { ConfirmationService } from './confirmation.service.js';
import { ConfirmAnswerInput } from './dto/confirm-answer.input.js';

@Resolver()
export class ConfirmationResolver {
  constructor(private readonly confirmationService: ConfirmationService) {}

  @Mutation(() => Boolean, { description: 'Says an answer solved the problem for you too.' })
  async confirmAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: ConfirmAnswerInput,
  ): Promise<boolean> {
    await this.confirmationService.confirm(viewer, input.answerId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Takes back a "worked for me too".' })
  async withdrawConfirmation(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The answer.' }) input: ConfirmAnswerInput,
  ): Promise<boolean> {
    await this.confirmationService.withdraw(viewer, input.answerId);
    return true;
  }
}
