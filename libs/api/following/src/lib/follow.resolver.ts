import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import type { Connection } from '@forum/api/platform';
import { FollowSettingsService } from './follow-settings.service.js';
import {
  FollowConnection,
  type FollowedItem,
  FollowInput,
  FollowSettings,
  FollowState,
  MyFollowsArgs,
  UpdateFollowSettingsInput,
} from './follow.models.js';
import { FollowService } from './follow.service.js';

/** Following and unfollowing, the Following list, and the auto-follow switches. */
@Resolver()
export class FollowResolver {
  constructor(
    private readonly follows: FollowService,
    private readonly settings: FollowSettingsService,
  ) {}

  @Mutation(() => FollowState, {
    description:
      'Follows a question, idea, tag or product the signed-in person may see; following again changes nothing.',
  })
  follow(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'What to follow.' }) input: FollowInput,
  ): Promise<FollowState> {
    return this.follows.follow(viewer, input.targetType, input.targetId);
  }

  @Mutation(() => FollowState, {
    description: 'Stops following; unfollowing what one does not follow changes nothing.',
  })
  unfollow(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'What to stop following.' }) input: FollowInput,
  ): Promise<FollowState> {
    return this.follows.unfollow(viewer, input.targetType, input.targetId);
  }

  @Query(() => FollowConnection, {
    description:
      'What the signed-in person follows, most recently followed first; hidden or deleted things are left out.',
  })
  myFollows(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyFollowsArgs,
  ): Promise<Connection<FollowedItem>> {
    return this.follows.list(viewer.user.id, args);
  }

  @Query(() => FollowSettings, {
    description: "Which of the signed-in person's own actions make them follow a post.",
  })
  followSettings(@CurrentViewer() viewer: Viewer): Promise<FollowSettings> {
    return this.settings.get(viewer.user.id);
  }

  @Mutation(() => FollowSettings, { description: 'Changes the auto-follow switches.' })
  updateFollowSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The switches to change.' }) input: UpdateFollowSettingsInput,
  ): Promise<FollowSettings> {
    return this.settings.update(viewer.user.id, input);
  }
}
