import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { UnsubscribeService, type UnsubscribeState } from './unsubscribe.service.js';

@ObjectType({ description: 'What an unsubscribe link from an e-mail switches off.' })
export class UnsubscribeTokenInfo {
  @Field({
    description:
      'A notification kind, e.g. `answer.posted`, or `digest.daily` / `digest.weekly` for a digest.',
  })
  scope!: string;

  @Field({ description: 'Whether that e-mail is already switched off.' })
  unsubscribed!: boolean;
}

const toInfo = (state: UnsubscribeState) =>
  Object.assign(new UnsubscribeTokenInfo(), {
    scope: state.scope,
    unsubscribed: state.unsubscribed,
  });

const tokenArgs = {
  type: () => String,
  description: 'The token from the link in the e-mail (the API refuses long ones as invalid).',
} as const;

/** The unsubscribe page: works without signing in, the signed token is the credential. */
@Resolver()
export class UnsubscribeResolver {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Query(() => UnsubscribeTokenInfo, {
    description: 'What an unsubscribe link would switch off. No sign-in needed.',
  })
  async unsubscribeTokenInfo(
    @Args('token', tokenArgs) token: string,
  ): Promise<UnsubscribeTokenInfo> {
    return toInfo(await this.unsubscribes.describe(token));
  }

  @Mutation(() => UnsubscribeTokenInfo, {
    description: 'Switches off the e-mail an unsubscribe link names. No sign-in needed.',
  })
  async unsubscribe(@Args('token', tokenArgs) token: string): Promise<UnsubscribeTokenInfo> {
    return toInfo(await this.unsubscribes.unsubscribe(token));
  }
}
