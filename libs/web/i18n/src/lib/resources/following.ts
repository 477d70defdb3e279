import type { Language } from '../languages';
import type { Translations } from './en';
import { followingDe } from './following.de';
import { followingEn } from './following.en';

export type FollowingResources = Translations<typeof followingEn>;

/**
 * The `following` namespace in every language; imported by the follow button, the Following
 * page and the auto-follow switches only.
 */
export const followingResources: Record<Language, FollowingResources> = {
  en: followingEn,
  de: followingDe,
};
