import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, toUser, User, type Viewer } from '@forum/api/identity';
import { MentionCandidatesArgs } from './dto/mention-candidates.args.js';
import { MentionService } from './mention.service.js';

@Resolver()
export class MentionResolver {
  constructor(private readonly mentions: MentionService) {}

  @Query(() => [User], {
    description:
      'Up to 8 active people to @mention whose name, or a word of it, starts with the prefix (case and accents ignored): participants of the question first, then by reputation. Signed-in people.',
  })
  async mentionCandidates(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MentionCandidatesArgs,
  ): Promise<User[]> {
    return (await this.mentions.candidates(viewer, args.prefix, args.questionId)).map(toUser);
  }
}
