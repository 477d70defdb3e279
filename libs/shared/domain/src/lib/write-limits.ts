import type { MutationName } from './mutation-access.js';

/**
 * How costly a write is, which decides the rate limit it counts against. Each class has its own
 * buckets, so a burst of votes never stops someone from answering.
 */
export const WriteClass = {
  /** New content others read: questions, answers, comments, ideas, notes. */
  Post: 'post',
  /** Votes and confirmations: cheap to send, and what vote rings send in bulk. */
  Vote: 'vote',
  /** Edits, deletions, moderation and account changes. */
  Change: 'change',
  /** Counting a view or a visit. */
  View: 'view',
  /** Anything that sends an e-mail to an address the caller names. */
  Mail: 'mail',
  /** Signing in and completing e-mailed links (failures are throttled on their own as well). */
  SignIn: 'sign_in',
  /** Creating an account; always counted per client address. */
  SignUp: 'sign_up',
} as const;
export type WriteClass = (typeof WriteClass)[keyof typeof WriteClass];

/** Points per window; the window is written as seconds, minutes or hours: `10/10m`. */
export interface WriteLimit {
  points: number;
  seconds: number;
}

/**
 * Production limits per class (per person, per API token, or per address when not signed in),
 * and per client address across all writes. Operators override each one in the environment.
 */
export const defaultWriteLimits: Readonly<Record<WriteClass | 'per_ip', WriteLimit>> = {
  post: { points: 10, seconds: 10 * 60 },
  vote: { points: 30, seconds: 60 },
  change: { points: 60, seconds: 60 },
  view: { points: 120, seconds: 60 },
  mail: { points: 5, seconds: 60 * 60 },
  sign_in: { points: 30, seconds: 60 },
  sign_up: { points: 5, seconds: 60 * 60 },
  per_ip: { points: 600, seconds: 60 },
};

/** Share of the post, vote and change points that members count as new get (percent). */
export const defaultNewAccountWritePercent = 50;

/**
 * The one table of which limit every mutation counts against. Typed over `MutationName`, so a
 * mutation added to `mutationAccess` without a class here does not compile, and a test checks
 * every mutation in schema.gql against it.
 */
export const mutationWriteClass = {
  signUp: WriteClass.SignUp,
  signIn: WriteClass.SignIn,
  verifyEmail: WriteClass.SignIn,
  resendVerificationEmail: WriteClass.Mail,
  requestPasswordReset: WriteClass.Mail,
  resetPassword: WriteClass.SignIn,
  requestSignInLink: WriteClass.Mail,
  signInWithLink: WriteClass.SignIn,
  signOut: WriteClass.Change,
  signOutEverywhere: WriteClass.Change,
  changePassword: WriteClass.Change,
  deleteAccount: WriteClass.Change,
  createApiToken: WriteClass.Change,
  revokeApiToken: WriteClass.Change,
  updateProfile: WriteClass.Change,
  setUserRole: WriteClass.Change,
  setExpertProfile: WriteClass.Change,
  setOrganisation: WriteClass.Change,
  createOrganisation: WriteClass.Change,
  updateOrganisation: WriteClass.Change,
  suspendUser: WriteClass.Change,
  unsuspendUser: WriteClass.Change,
  createProduct: WriteClass.Change,
  updateProduct: WriteClass.Change,
  flagContent: WriteClass.Vote,
  claimReviewItem: WriteClass.Change,
  releaseReviewItem: WriteClass.Change,
  resolveReviewItem: WriteClass.Change,
  resolveReviewItems: WriteClass.Change,
  updateModerationSettings: WriteClass.Change,
  trustAccount: WriteClass.Change,
  untrustAccount: WriteClass.Change,
  resendDeadMail: WriteClass.Change,
  askQuestion: WriteClass.Post,
  postAnswer: WriteClass.Post,
  acceptAnswer: WriteClass.Change,
  unacceptAnswer: WriteClass.Change,
  vote: WriteClass.Vote,
  editQuestion: WriteClass.Change,
  editAnswer: WriteClass.Change,
  deleteQuestion: WriteClass.Change,
  deleteAnswer: WriteClass.Change,
  restoreQuestion: WriteClass.Change,
  hidePost: WriteClass.Change,
  unhidePost: WriteClass.Change,
  lockQuestion: WriteClass.Change,
  unlockQuestion: WriteClass.Change,
  pinQuestion: WriteClass.Change,
  unpinQuestion: WriteClass.Change,
  restoreAnswer: WriteClass.Change,
  closeQuestion: WriteClass.Change,
  reopenQuestion: WriteClass.Change,
  addComment: WriteClass.Post,
  deleteComment: WriteClass.Change,
  recordSuggestionVisit: WriteClass.View,
  confirmAnswer: WriteClass.Vote,
  withdrawConfirmation: WriteClass.Vote,
  recordQuestionView: WriteClass.View,
  renameTag: WriteClass.Change,
  mergeTags: WriteClass.Change,
  markNotificationsRead: WriteClass.Change,
  updateNotificationPreferences: WriteClass.Change,
  unsubscribe: WriteClass.Change,
  proposeIdea: WriteClass.Post,
  editIdea: WriteClass.Change,
  voteForIdea: WriteClass.Vote,
  withdrawIdeaVote: WriteClass.Vote,
  recordOrganisationVote: WriteClass.Vote,
  removeOrganisationVote: WriteClass.Vote,
  setIdeaStatus: WriteClass.Change,
  mergeIdea: WriteClass.Change,
  linkQuestionToIdea: WriteClass.Change,
  unlinkQuestionFromIdea: WriteClass.Change,
  addIdeaComment: WriteClass.Post,
  deleteIdeaComment: WriteClass.Change,
  addIdeaNote: WriteClass.Post,
  follow: WriteClass.Vote,
  unfollow: WriteClass.Vote,
  updateFollowSettings: WriteClass.Change,
  respondToSolvedCheck: WriteClass.Change,
  setQuestionPrivateDetails: WriteClass.Change,
  claimQuestion: WriteClass.Change,
  releaseQuestion: WriteClass.Change,
  assignQuestion: WriteClass.Change,
  snoozeQuestion: WriteClass.Change,
  unsnoozeQuestion: WriteClass.Change,
  markWaitingOnCustomer: WriteClass.Change,
  resumeQuestion: WriteClass.Change,
  setExpertAreas: WriteClass.Change,
  updateMyExpertAreas: WriteClass.Change,
  setAway: WriteClass.Change,
  clearAway: WriteClass.Change,
  updateSupportPolicy: WriteClass.Change,
} as const satisfies Record<MutationName, WriteClass>;
