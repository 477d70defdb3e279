import { FollowEntity } from './follow.entity.js';

export const followingEntities = [FollowEntity];
