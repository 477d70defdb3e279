// Pages: the app's lazily loaded routes render these, passing what they read from the URL.
export { UserProfile, type UserProfileProps } from './lib/components/UserProfile';
export { BadgeCatalog } from './lib/components/BadgeCatalog';
export { Leaderboard } from './lib/components/Leaderboard';
