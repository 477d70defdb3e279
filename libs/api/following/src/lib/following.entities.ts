import { FollowSettingsEntity } from './follow-settings.entity.js';
import { FollowEntity } from './follow.entity.js';

export const followingEntities = [FollowEntity, FollowSettingsEntity];
