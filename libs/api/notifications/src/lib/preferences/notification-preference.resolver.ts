import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import {
  NotificationPreference,
  UpdateNotificationPreferencesInput,
} from './notification-preference.models.js';
import {
  type KindPreference,
  NotificationPreferenceService,
} from './notification-preference.service.js';

const toModel = (preference: KindPreference) =>
  Object.assign(new NotificationPreference(), preference);

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Query(() => [NotificationPreference], {
    description: "Every notification kind with the signed-in person's e-mail cadence for it.",
  })
  async notificationPreferences(
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationPreference[]> {
    return (await this.preferences.list(viewer.user.id)).map(toModel);
  }

  @Mutation(() => [NotificationPreference], {
    description: 'Sets e-mail cadences per kind; returns every kind afterwards.',
  })
  async updateNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The kinds to change.' })
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return (await this.preferences.update(viewer.user.id, input.preferences)).map(toModel);
  }
}
