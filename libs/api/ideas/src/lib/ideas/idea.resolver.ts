import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { Connection, GraphqlContext } from '@forum/api/platform';
import { Product, toProduct } from '@forum/api/qna';
import { IdeasLoaders } from '../ideas.loaders.js';
import { EditIdeaInput } from './dto/edit-idea.input.js';
import { IdeasArgs } from './dto/ideas.args.js';
import { MergeIdeaInput } from './dto/merge-idea.input.js';
import { ProposeIdeaInput } from './dto/propose-idea.input.js';
import { IdeaRoadmap } from './idea-roadmap.model.js';
import { Idea, IdeaConnection, toIdea } from './idea.model.js';
import { IdeaService } from './idea.service.js';
import { IdeaMergeService } from './merge.service.js';

/** Ideas themselves: the board, the roadmap, proposing, editing and merging. */
@Resolver(() => Idea)
export class IdeaResolver {
  constructor(
    private readonly ideaService: IdeaService,
    private readonly merges: IdeaMergeService,
    private readonly loaders: IdeasLoaders,
    private readonly users: UserLoader,
  ) {}

  @Query(() => Idea, {
    nullable: true,
    description: 'An idea by id, merged ones too (they name the idea they redirect to).',
  })
  async idea(@Args('id', { type: () => ID, description: 'Its id.' }) id: string) {
    const entity = await this.ideaService.find(id);
    return entity ? toIdea(entity) : null;
  }

  @Query(() => IdeaConnection, {
    description: 'The idea board: ideas not merged away, filtered and sorted, a page at a time.',
  })
  async ideas(@Args() args: IdeasArgs): Promise<Connection<Idea>> {
    const page = await this.ideaService.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toIdea(edge.node) })),
    };
  }

  @Query(() => IdeaRoadmap, { description: 'Planned, in-progress and shipped ideas.' })
  async ideaRoadmap(
    @Args('productId', { type: () => ID, nullable: true, description: 'Only this product area.' })
    productId?: string | null,
  ): Promise<IdeaRoadmap> {
    const roadmap = await this.ideaService.roadmap(productId);
    return {
      planned: roadmap.planned.map(toIdea),
      inProgress: roadmap.in_progress.map(toIdea),
      shipped: roadmap.shipped.map(toIdea),
    };
  }

  @ResolveField(() => User, { description: 'Who proposed it.' })
  author(@Parent() idea: Idea, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, idea.entity.authorId);
  }

  @ResolveField(() => Product, { description: 'The product area.' })
  async product(@Parent() idea: Idea, @Context() { req }: GraphqlContext) {
    const product = await this.loaders.for(req).products.load(idea.entity.productId);
    return product ? toProduct(product) : null;
  }

  @ResolveField(() => Idea, {
    nullable: true,
    description: 'The idea this one was merged into; show that one instead.',
  })
  async mergedInto(@Parent() idea: Idea): Promise<Idea | null> {
    const id = idea.entity.mergedIntoId;
    const target = id ? await this.ideaService.find(id) : null;
    return target ? toIdea(target) : null;
  }

  @Mutation(() => Idea, { description: 'Proposes a feature idea.' })
  async proposeIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The idea.' }) input: ProposeIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.ideaService.propose(viewer, input));
  }

  @Mutation(() => Idea, {
    description: 'Edits an idea: its author while under review, product managers any time.',
  })
  async editIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The changes.' }) input: EditIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.ideaService.edit(viewer, input));
  }

  @Mutation(() => Idea, {
    description:
      'Merges a duplicate into another idea (product managers, admins); returns the target.',
  })
  async mergeIdea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Which into which.' }) input: MergeIdeaInput,
  ): Promise<Idea> {
    return toIdea(await this.merges.merge(viewer, input.sourceId, input.targetId));
  }
}
