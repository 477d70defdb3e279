import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Question, toQuestion } from '@forum/api/qna';
import { Idea, toIdea } from '../ideas/idea.model.js';
import { IdeasLoaders } from '../ideas.loaders.js';
import { LinkQuestionInput } from './dto/link-question.input.js';
import { EvidenceService } from './evidence.service.js';

/** Questions that ask for an idea: the demand behind it. */
@Resolver(() => Idea)
export class IdeaEvidenceResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly loaders: IdeasLoaders,
  ) {}

  @ResolveField(() => [Question], {
    description: 'Questions linked as asking for this idea, oldest link first.',
  })
  async linkedQuestions(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    return (await this.loaders.linkedQuestions(req, idea.id)).map(toQuestion);
  }

  @Mutation(() => Idea, {
    description: 'Links a question that asks for the idea (experts, product managers, admins).',
  })
  async linkQuestionToIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea and question.' }) input: LinkQuestionInput,
  ): Promise<Idea> {
    return toIdea(await this.evidence.link(viewer, input.ideaId, input.questionId));
  }

  @Mutation(() => Idea, {
    description: 'Removes a question link (experts, product managers, admins).',
  })
  async unlinkQuestionFromIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea and question.' }) input: LinkQuestionInput,
  ): Promise<Idea> {
    return toIdea(await this.evidence.unlink(viewer, input.ideaId, input.questionId));
  }
}
