import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Connection, RequireRoles } from '@forum/api/platform';
import { Role } from '@forum/shared/domain';
import {
  DeadMail,
  DeadMailArgs,
  DeadMailConnection,
  ResendDeadMailInput,
  ResendDeadMailPayload,
  toDeadMail,
} from './dead-mail.model.js';
import { MailDeadLetters } from './mail-dead-letters.js';

/** The admins' view of mail that was never delivered, and its resending. */
@Resolver(() => DeadMail)
export class DeadMailResolver {
  constructor(private readonly deadLetters: MailDeadLetters) {}

  @Query(() => DeadMailConnection, {
    description:
      'Mail given up after its retry window, newest first. Admins; errors FORBIDDEN, INVALID_CURSOR.',
  })
  @RequireRoles(Role.Admin)
  async deadMail(@Args() args: DeadMailArgs): Promise<Connection<DeadMail>> {
    const page = await this.deadLetters.page(args.state, args.first, args.after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toDeadMail(edge.node) })),
    };
  }

  @Mutation(() => ResendDeadMailPayload, {
    description:
      'Queues dead letters again, each with a new retry window; all or none. Admins; errors DEAD_MAIL_NOT_FOUND, DEAD_MAIL_ALREADY_RESENT, DEAD_MAIL_LINK_EXPIRED (details.ids names the letters).',
  })
  async resendDeadMail(
    @Args('input', { description: 'The letters to resend.' }) input: ResendDeadMailInput,
  ): Promise<ResendDeadMailPayload> {
    const letters = await this.deadLetters.resend(input.ids);
    return { resent: letters.map(toDeadMail) };
  }
}
