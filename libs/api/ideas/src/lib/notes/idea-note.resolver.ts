import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Idea } from '../ideas/idea.model.js';
import { AddIdeaNoteInput } from './dto/add-idea-note.input.js';
import { IdeaNote, toIdeaNote } from './idea-note.model.js';
import { IdeaNoteService } from './idea-note.service.js';

/** Staff-only notes on ideas. */
@Resolver(() => Idea)
export class IdeaNotesResolver {
  constructor(private readonly notes: IdeaNoteService) {}

  @ResolveField(() => [IdeaNote], {
    description: 'Staff-only notes, oldest first; anyone else gets FORBIDDEN (`STAFF_ONLY`).',
  })
  async internalNotes(@Parent() idea: Idea, @OptionalViewer() viewer?: Viewer) {
    return (await this.notes.list(viewer, idea.id)).map(toIdeaNote);
  }

  @Mutation(() => IdeaNote, { description: 'Adds a staff-only note to an idea (staff).' })
  async addIdeaNote(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The note.' }) input: AddIdeaNoteInput,
  ): Promise<IdeaNote> {
    return toIdeaNote(await this.notes.add(viewer, input.ideaId, input.body));
  }
}

@Resolver(() => IdeaNote)
export class IdeaNoteResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'Who wrote it.' })
  author(@Parent() note: IdeaNote, @Context() { req }: GraphqlContext) {
    return this.users.user(req, note.entity.authorId);
  }
}
