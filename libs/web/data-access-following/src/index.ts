// What every feature needs to let people follow questions, ideas, tags and products, and the
// operations of the Following page and the auto-follow switches.
export { useFollow, type FollowTargetState, type UseFollowResult } from './lib/hooks/useFollow';
export { useAreaFollow } from './lib/hooks/useAreaFollow';
export { useMyFollows, myFollowsPageSize } from './lib/hooks/useMyFollows';
export {
  useFollowSettings,
  type FollowSettingName,
  type FollowSettingsValues,
  type UseFollowSettingsResult,
} from './lib/hooks/useFollowSettings';
export { useUnfollow } from './lib/hooks/useUnfollow';
