import { Role } from './roles.js';

/**
 * Who may call a mutation. `anyone` includes visitors who are not signed in; `signedIn` is any
 * role. `sessionOnly` refuses personal access tokens, for mutations that manage credentials.
 */
export interface MutationAccess {
  allow: 'anyone' | 'signedIn' | readonly Role[];
  sessionOnly?: true;
}

const anyone: MutationAccess = { allow: 'anyone' };
const signedIn: MutationAccess = { allow: 'signedIn' };
const ownCredentials: MutationAccess = { allow: 'signedIn', sessionOnly: true };
const admins: MutationAccess = { allow: [Role.Admin] };
const moderators: MutationAccess = { allow: [Role.Moderator, Role.Admin] };
const staffCurators: MutationAccess = { allow: [Role.Expert, Role.Moderator, Role.Admin] };
const staff: MutationAccess = {
  allow: [Role.Expert, Role.ProductManager, Role.Moderator, Role.Admin],
};
const productManagers: MutationAccess = { allow: [Role.ProductManager, Role.Admin] };
/** Staff who speak with customers and know the product: they record votes and link evidence. */
const productExperts: MutationAccess = { allow: [Role.Expert, Role.ProductManager, Role.Admin] };

/**
 * The one table of who may call which mutation. The API refuses any mutation missing here, and
 * a test walks every mutation in schema.gql as every role against it.
 */
export const mutationAccess = {
  signUp: anyone,
  signIn: anyone,
  verifyEmail: anyone,
  resendVerificationEmail: signedIn,
  requestPasswordReset: anyone,
  resetPassword: anyone,
  requestSignInLink: anyone,
  signInWithLink: anyone,
  signOut: ownCredentials,
  signOutEverywhere: ownCredentials,
  changePassword: ownCredentials,
  deleteAccount: ownCredentials,
  createApiToken: ownCredentials,
  revokeApiToken: ownCredentials,
  updateProfile: signedIn,
  setUserRole: admins,
  setExpertProfile: admins,
  setOrganisation: admins,
  createOrganisation: admins,
  updateOrganisation: admins,
  suspendUser: moderators,
  unsuspendUser: moderators,
  createProduct: admins,
  updateProduct: admins,
  askQuestion: signedIn,
  postAnswer: signedIn,
  acceptAnswer: signedIn,
  unacceptAnswer: signedIn,
  vote: signedIn,
  editQuestion: signedIn,
  editAnswer: signedIn,
  deleteQuestion: signedIn,
  deleteAnswer: signedIn,
  restoreQuestion: moderators,
  restoreAnswer: moderators,
  closeQuestion: staffCurators,
  reopenQuestion: staffCurators,
  hidePost: moderators,
  unhidePost: moderators,
  lockQuestion: moderators,
  unlockQuestion: moderators,
  pinQuestion: moderators,
  unpinQuestion: moderators,
  addComment: signedIn,
  deleteComment: signedIn,
  recordSuggestionVisit: signedIn,
  confirmAnswer: signedIn,
  withdrawConfirmation: signedIn,
  recordQuestionView: anyone,
  renameTag: moderators,
  mergeTags: moderators,
  markNotificationsRead: signedIn,
  updateNotificationPreferences: signedIn,
  unsubscribe: anyone,
  proposeIdea: signedIn,
  editIdea: signedIn,
  voteForIdea: signedIn,
  withdrawIdeaVote: signedIn,
  recordOrganisationVote: productExperts,
  removeOrganisationVote: productExperts,
  setIdeaStatus: productManagers,
  mergeIdea: productManagers,
  linkQuestionToIdea: productExperts,
  unlinkQuestionFromIdea: productExperts,
  addIdeaComment: signedIn,
  deleteIdeaComment: signedIn,
  addIdeaNote: staff,
  flagContent: signedIn,
  claimReviewItem: staffCurators,
  releaseReviewItem: staffCurators,
  resolveReviewItem: staffCurators,
  resolveReviewItems: staffCurators,
  updateModerationSettings: admins,
  trustAccount: admins,
  untrustAccount: admins,
  resendDeadMail: admins,
  follow: signedIn,
  unfollow: signedIn,
  updateFollowSettings: signedIn,
  /** The signed token from the reminder proves the asker; no sign-in needed. */
  respondToSolvedCheck: anyone,
  setQuestionPrivateDetails: signedIn,
  claimQuestion: staffCurators,
  releaseQuestion: staffCurators,
  assignQuestion: staffCurators,
  snoozeQuestion: staffCurators,
  unsnoozeQuestion: staffCurators,
  markWaitingOnCustomer: staffCurators,
  resumeQuestion: staffCurators,
  setExpertAreas: admins,
  updateMyExpertAreas: staffCurators,
  setAway: staffCurators,
  clearAway: staffCurators,
  updateSupportPolicy: admins,
} as const satisfies Record<string, MutationAccess>;

export type MutationName = keyof typeof mutationAccess;

/** Whether a person with `role` (undefined: not signed in) passes the rule. */
export function isAllowed(access: MutationAccess, role: Role | undefined): boolean {
  if (access.allow === 'anyone') return true;
  if (role === undefined) return false;
  return access.allow === 'signedIn' || access.allow.includes(role);
}
