import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { VoteInput } from './dto/vote.input.js';
import type { VoteDirection } from './vote-direction.enum.js';
import { VotePayload } from './vote.model.js';
import { VoteService, type VoteValue } from './vote.service.js';

const voteValue: Record<VoteDirection, VoteValue> = { up: 1, down: -1, none: 0 };

@Resolver()
export class VoteResolver {
  constructor(private readonly voteService: VoteService) {}

  @Mutation(() => VotePayload, {
    description: 'Votes a question or answer up or down, or withdraws the vote.',
  })
  async vote(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The vote.' }) input: VoteInput,
  ): Promise<VotePayload> {
    const score = await this.voteService.vote(
      viewer,
      input.target,
      input.id,
      voteValue[input.direction],
    );
    return { id: input.id, score };
  }
}
