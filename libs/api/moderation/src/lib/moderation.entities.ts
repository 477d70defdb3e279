import { FlagEntity } from './flags/flag.entity.js';
import { ReviewItemEntity } from './queue/review-item.entity.js';
import { ModerationSettingsEntity } from './settings/moderation-settings.entity.js';
import { PostFingerprintEntity } from './spam/post-fingerprint.entity.js';
import { TrustedAccountEntity } from './trust/trusted-account.entity.js';

export const moderationEntities = [
  ReviewItemEntity,
  FlagEntity,
  ModerationSettingsEntity,
  TrustedAccountEntity,
  PostFingerprintEntity,
];
