// What every feature needs to let people flag content, and what admins use to trust accounts. The
// review queue's own operations live with its pages in feature-moderation.
export { useFlagContent, type FlagInput, type FlagResult } from './lib/hooks/useFlagContent';
export { useAccountTrust, type UseAccountTrustResult } from './lib/hooks/useAccountTrust';
