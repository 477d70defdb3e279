import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SolvedChecks } from './solved-check.service.js';
import { RespondToSolvedCheckInput, SolvedCheck } from './solved-check.models.js';

/** The "is it solved?" page: no sign-in needed, the reminder's signed token proves the asker. */
@Resolver()
export class SolvedCheckResolver {
  constructor(private readonly checks: SolvedChecks) {}

  @Query(() => SolvedCheck, {
    description:
      'The question of an "is it solved?" reminder, with its visible answers and what the asker already said. No sign-in needed; errors TOKEN_INVALID, TOKEN_EXPIRED, QUESTION_NOT_FOUND.',
  })
  solvedCheck(
    @Args('token', {
      type: () => String,
      description: 'The token from the reminder’s link (the API refuses long ones as invalid).',
    })
    token: string,
  ): Promise<SolvedCheck> {
    return this.checks.describe(token);
  }

  @Mutation(() => SolvedCheck, {
    description:
      'Answers a reminder as its asker: ACCEPT an answer (accepted by the asker, recorded as after a reminder), NOT_SOLVED (back to the experts with a new clock) or STOP (no more reminders about the question). Repeating a reply changes nothing more. Errors TOKEN_INVALID, TOKEN_EXPIRED, ANSWER_NOT_FOUND, QUESTION_NOT_FOUND, QUESTION_CLOSED.',
  })
  respondToSolvedCheck(
    @Args('input', { description: 'The token and the reply.' }) input: RespondToSolvedCheckInput,
  ): Promise<SolvedCheck> {
    return this.checks.respond(input.token, input.action, input.answerId);
  }
}
