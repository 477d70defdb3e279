import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { PostIdInput } from '../questions/dto/post-id.input.js';
import { toQuestion } from '../questions/question.mapper.js';
import { Question } from '../questions/question.model.js';
import { HidePostInput, UnhidePostInput } from './dto/hide-post.input.js';
import { StaffPostActions } from './staff-post-actions.service.js';

/** Hiding, locking and pinning, for moderators and admins; each answers with the question. */
@Resolver(() => Question)
export class PostModerationResolver {
  constructor(private readonly actions: StaffPostActions) {}

  @Mutation(() => Question, {
    description:
      'Hides a question or answer from everyone but staff and its author, who sees the note (moderators). Returns the question.',
  })
  async hidePost(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The post and why.' }) input: HidePostInput,
  ): Promise<Question> {
    return toQuestion(
      await this.actions.hide(viewer, { kind: input.target, id: input.id }, input.note ?? null),
    );
  }

  @Mutation(() => Question, {
    description:
      'Shows a hidden question or answer to everyone again (moderators). Returns the question.',
  })
  async unhidePost(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The post.' }) input: UnhidePostInput,
  ): Promise<Question> {
    return toQuestion(await this.actions.unhide(viewer, { kind: input.target, id: input.id }));
  }

  @Mutation(() => Question, {
    description:
      'Locks a question against new answers, comments and edits by authors (moderators).',
  })
  async lockQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<Question> {
    return toQuestion(await this.actions.lock(viewer, input.id));
  }

  @Mutation(() => Question, { description: 'Unlocks a locked question (moderators).' })
  async unlockQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<Question> {
    return toQuestion(await this.actions.unlock(viewer, input.id));
  }

  @Mutation(() => Question, {
    description: "Pins a question to the top of its product's lists (moderators).",
  })
  async pinQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<Question> {
    return toQuestion(await this.actions.pin(viewer, input.id));
  }

  @Mutation(() => Question, { description: 'Unpins a pinned question (moderators).' })
  async unpinQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The question.' }) input: PostIdInput,
  ): Promise<Question> {
    return toQuestion(await this.actions.unpin(viewer, input.id));
  }
}
