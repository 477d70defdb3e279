import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { MergeTagsInput } from './dto/merge-tags.input.js';
import { RenameTagInput } from './dto/rename-tag.input.js';
import { TagService } from './tag.service.js';

@Resolver()
export class TagResolver {
  constructor(private readonly tagService: TagService) {}

  @Mutation(() => String, {
    description: 'Renames a tag everywhere (moderators); returns the new slug.',
  })
  async renameTag(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The tag and its new name.' }) input: RenameTagInput,
  ): Promise<string> {
    return (await this.tagService.rename(viewer, input.slug, input.newName)).slug;
  }

  @Mutation(() => String, {
    description: 'Merges one tag into another (moderators); returns the remaining slug.',
  })
  async mergeTags(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The two tags.' }) input: MergeTagsInput,
  ): Promise<string> {
    return (await this.tagService.merge(viewer, input.from, input.into)).slug;
  }
}
