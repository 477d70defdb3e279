/** What a reputation change is about. */
export const ReputationReason = {
  QuestionUpvote: 'question_upvote',
  QuestionDownvote: 'question_downvote',
  AnswerUpvote: 'answer_upvote',
  AnswerDownvote: 'answer_downvote',
  /** What a downvote on an answer costs the voter, so downvotes are cast with thought. */
  DownvoteCast: 'downvote_cast',
  AnswerAccepted: 'answer_accepted',
  /** The small thanks for marking someone else's answer as the solution. */
  SolutionMarked: 'solution_marked',
} as const;
export type ReputationReason = (typeof ReputationReason)[keyof typeof ReputationReason];

/** Why a ledger row was written: the change itself, or undoing or redoing it. */
export const ReputationAction = {
  Applied: 'applied',
  Withdrawn: 'withdrawn',
  PostDeleted: 'post_deleted',
  PostRestored: 'post_restored',
} as const;
export type ReputationAction = (typeof ReputationAction)[keyof typeof ReputationAction];

/**
 * Points per change, close to what Stack Overflow taught a generation of users to expect.
 * Reversals never use these figures: they negate what the ledger recorded, so changing an amount
 * never leaves an old vote's withdrawal off by a few points.
 */
export const reputationAmounts = {
  question_upvote: 5,
  question_downvote: -2,
  answer_upvote: 10,
  answer_downvote: -2,
  downvote_cast: -1,
  answer_accepted: 15,
  solution_marked: 2,
} as const satisfies Record<ReputationReason, number>;

/** What reputation unlocks. Staff (every role but member) have every privilege. */
export const Privilege = {
  Downvote: 'downvote',
  EditOthersPosts: 'edit_others_posts',
  /** Posting without the daily limits that new accounts have. */
  PostFreely: 'post_freely',
} as const;
export type Privilege = (typeof Privilege)[keyof typeof Privilege];

/** Default thresholds; operators change them with REPUTATION_* variables. */
export const defaultPrivilegeThresholds: Readonly<Record<Privilege, number>> = {
  downvote: 50,
  edit_others_posts: 1000,
  post_freely: 15,
};

/** Daily limits of members below the `post_freely` threshold; the default values. */
export const defaultNewAccountLimits = { questionsPerDay: 3, answersPerDay: 10 } as const;

export const LeaderboardPeriod = { Week: 'week', Month: 'month', AllTime: 'all_time' } as const;
export type LeaderboardPeriod = (typeof LeaderboardPeriod)[keyof typeof LeaderboardPeriod];
