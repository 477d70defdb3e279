import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, type Viewer } from '@forum/api/identity';
import { Role } from '@forum/shared/domain';
import { MergeTagsInput } from './dto/merge-tags.input.js';
import { RenameTagInput } from './dto/rename-tag.input.js';
import { TagArgs } from './dto/tag.args.js';
import { TagsArgs } from './dto/tags.args.js';
import { Tag, toTag } from './tag.model.js';
import { TagUsage } from './tag-usage.model.js';
import { TagService } from './tag.service.js';

@Resolver()
export class TagResolver {
  constructor(private readonly tagService: TagService) {}

  @Query(() => [TagUsage], {
    description:
      'Every tag with how many questions carry it, most used first, then by slug (moderators and admins).',
  })
  @RequireRoles(Role.Moderator, Role.Admin)
  async tags(@Args() args: TagsArgs): Promise<TagUsage[]> {
    return this.tagService.usage(args.search, args.first);
  }

  @Query(() => Tag, { nullable: true, description: 'A tag by its slug; null when none has it.' })
  async tag(@Args() args: TagArgs): Promise<Tag | null> {
    const tag = await this.tagService.findBySlug(args.slug);
    return tag ? toTag(tag) : null;
  }

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
