/**
 * The kind of failure a GraphQL client sees in `extensions.code`. Stable across releases: the web
 * app and integrations switch on these, never on message text.
 */
export const ErrorKind = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  Unavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

// The reason codes in `extensions.reason`, one set per API domain. The API's exception classes
// take them as their codes and the web app switches on them, so both sides share one spelling.

/** Accounts, sessions, tokens, roles and organisations. */
export const IdentityErrorReason = {
  NotSignedIn: 'NOT_SIGNED_IN',
  AccessDenied: 'ACCESS_DENIED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  WeakPassword: 'WEAK_PASSWORD',
  WrongPassword: 'WRONG_PASSWORD',
  TokenInvalid: 'TOKEN_INVALID',
  TokenExpired: 'TOKEN_EXPIRED',
  AccountSuspended: 'ACCOUNT_SUSPENDED',
  UserNotFound: 'USER_NOT_FOUND',
  OrganisationNotFound: 'ORGANISATION_NOT_FOUND',
  OrganisationNameTaken: 'ORGANISATION_NAME_TAKEN',
  ApiTokenNotFound: 'API_TOKEN_NOT_FOUND',
  LastAdmin: 'LAST_ADMIN',
  NotStaff: 'NOT_STAFF',
  InvalidSuspension: 'INVALID_SUSPENSION',
  ApiTokenLimit: 'API_TOKEN_LIMIT',
  AuditExportTooLarge: 'AUDIT_EXPORT_TOO_LARGE',
} as const;
export type IdentityErrorReason = (typeof IdentityErrorReason)[keyof typeof IdentityErrorReason];

/** Questions, answers, comments, votes and tags. */
export const QnaErrorReason = {
  ProductNotFound: 'PRODUCT_NOT_FOUND',
  ProductSlugTaken: 'PRODUCT_SLUG_TAKEN',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  AnswerNotFound: 'ANSWER_NOT_FOUND',
  TooManyTags: 'TOO_MANY_TAGS',
  InvalidTag: 'INVALID_TAG',
  OwnPost: 'OWN_POST',
  NotAllowedToAccept: 'NOT_ALLOWED_TO_ACCEPT',
  QuestionClosed: 'QUESTION_CLOSED',
  NotAccepted: 'NOT_ACCEPTED',
  NotAllowedToEdit: 'NOT_ALLOWED_TO_EDIT',
  NotAllowedToDelete: 'NOT_ALLOWED_TO_DELETE',
  NotAllowedToClose: 'NOT_ALLOWED_TO_CLOSE',
  InvalidDuplicate: 'INVALID_DUPLICATE',
  NotClosed: 'NOT_CLOSED',
  CommentNotFound: 'COMMENT_NOT_FOUND',
  InvalidComment: 'INVALID_COMMENT',
  /** Carries `needed` (the reputation required) and `privilege` in the error's extensions. */
  InsufficientReputation: 'INSUFFICIENT_REPUTATION',
  /** Hiding, locking and pinning are for moderators and admins. */
  NotAllowedToModerate: 'NOT_ALLOWED_TO_MODERATE',
  AlreadyHidden: 'ALREADY_HIDDEN',
  NotHidden: 'NOT_HIDDEN',
  /** The question is locked: no new answers or comments, no edits by authors. */
  QuestionLocked: 'QUESTION_LOCKED',
  AlreadyLocked: 'ALREADY_LOCKED',
  NotLocked: 'NOT_LOCKED',
  AlreadyPinned: 'ALREADY_PINNED',
  NotPinned: 'NOT_PINNED',
  /** Staff may not mark their own answer to someone else's question as the solution (setting). */
  SelfVerifyForbidden: 'SELF_VERIFY_FORBIDDEN',
} as const;
export type QnaErrorReason = (typeof QnaErrorReason)[keyof typeof QnaErrorReason];

/** Feature ideas, their votes, comments and statuses. */
export const IdeaErrorReason = {
  IdeaNotFound: 'IDEA_NOT_FOUND',
  IdeaMerged: 'IDEA_MERGED',
  ProductNotFound: 'PRODUCT_NOT_FOUND',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  OrganisationNotFound: 'ORGANISATION_NOT_FOUND',
  NotAllowedToEdit: 'NOT_ALLOWED_TO_EDIT',
  NotAllowedToDelete: 'NOT_ALLOWED_TO_DELETE',
  StaffOnly: 'STAFF_ONLY',
  StatusUnchanged: 'STATUS_UNCHANGED',
  InvalidMerge: 'INVALID_MERGE',
  CommentNotFound: 'COMMENT_NOT_FOUND',
  NotVoted: 'NOT_VOTED',
  TooManyIdeas: 'TOO_MANY_IDEAS',
} as const;
export type IdeaErrorReason = (typeof IdeaErrorReason)[keyof typeof IdeaErrorReason];

/** Flags, the review queue, spam rules, moderation settings and trusted accounts. */
export const ModerationErrorReason = {
  TargetNotFound: 'TARGET_NOT_FOUND',
  OwnContent: 'OWN_CONTENT',
  AlreadyFlagged: 'ALREADY_FLAGGED',
  NoteRequired: 'NOTE_REQUIRED',
  ReviewItemNotFound: 'REVIEW_ITEM_NOT_FOUND',
  AlreadyResolved: 'ALREADY_RESOLVED',
  ClaimedByOther: 'CLAIMED_BY_OTHER',
  NotClaimed: 'NOT_CLAIMED',
  ActionNotApplicable: 'ACTION_NOT_APPLICABLE',
  SuspensionEndRequired: 'SUSPENSION_END_REQUIRED',
  ReasonRequired: 'REASON_REQUIRED',
  CannotSuspendAuthor: 'CANNOT_SUSPEND_AUTHOR',
  ReviewersOnly: 'REVIEWERS_ONLY',
  InvalidSettings: 'INVALID_SETTINGS',
  UserNotFound: 'USER_NOT_FOUND',
} as const;
export type ModerationErrorReason =
  (typeof ModerationErrorReason)[keyof typeof ModerationErrorReason];

/** Community search. */
export const SearchErrorReason = {
  SearchUnavailable: 'SEARCH_UNAVAILABLE',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
} as const;
export type SearchErrorReason = (typeof SearchErrorReason)[keyof typeof SearchErrorReason];

/**
 * Reasons the API gives for any domain, at the GraphQL edge: input validation, and the guards that
 * refuse an operation before it runs (those carry `limit` and `found` beside the reason).
 */
export const EdgeErrorReason = {
  ValidationFailed: 'VALIDATION_FAILED',
  /** A NUL character in a string: no text field can store one. */
  NulCharacter: 'NUL_CHARACTER',
  /** A value of the wrong form for its field, such as an id that is not an id. */
  InvalidValue: 'INVALID_VALUE',
  QueryTooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  /** More lexical tokens than any real operation has. */
  QueryTooLarge: 'QUERY_TOO_LARGE',
  /**
   * Too many writes of one class in its window. Carries `retryAfterSeconds` (HTTP also sends
   * `Retry-After`) and `writeClass`; the refused write changed nothing.
   */
  RateLimited: 'RATE_LIMITED',
  /** The request ran past its deadline, or one of its database statements past its own. */
  RequestTimeout: 'REQUEST_TIMEOUT',
  /**
   * PostgreSQL cannot be reached (restarting, failing over, network): nothing was read or written.
   * With `code` SERVICE_UNAVAILABLE; try again in a few seconds.
   */
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** Several operations in one HTTP request: the API runs one per request. */
  BatchingDisabled: 'BATCHING_DISABLED',
  /** A document that is not among the web app's trusted documents, from a browser or anonymously. */
  UntrustedDocument: 'UNTRUSTED_DOCUMENT',
  /** More subscriptions on one WebSocket connection than it may hold. */
  TooManySubscriptions: 'TOO_MANY_SUBSCRIPTIONS',
  /** A query or mutation sent over the WebSocket connection, which runs subscriptions only. */
  SubscriptionsOnly: 'SUBSCRIPTIONS_ONLY',
} as const;
export type EdgeErrorReason = (typeof EdgeErrorReason)[keyof typeof EdgeErrorReason];

/** What single sign-on puts in `?ssoError=` when the failure had no reason of its own. */
export const SsoErrorReason = {
  SsoFailed: 'SSO_FAILED',
} as const;
export type SsoErrorReason = (typeof SsoErrorReason)[keyof typeof SsoErrorReason];

/** In-app notifications. */
export const NotificationErrorReason = {
  /** An id that names no notification of the signed-in person. */
  NotificationNotFound: 'NOTIFICATION_NOT_FOUND',
  /** The unsubscribe link was changed or never issued by this community. */
  UnsubscribeTokenInvalid: 'UNSUBSCRIBE_TOKEN_INVALID',
  /** The unsubscribe link is older than it may be; the preferences page still works. */
  UnsubscribeTokenExpired: 'UNSUBSCRIBE_TOKEN_EXPIRED',
} as const;
export type NotificationErrorReason =
  (typeof NotificationErrorReason)[keyof typeof NotificationErrorReason];

/** Following questions, ideas, tags and products. */
export const FollowingErrorReason = {
  /** The target does not exist, or the person may not see it (hidden, deleted, merged away). */
  FollowTargetNotFound: 'FOLLOW_TARGET_NOT_FOUND',
  /** The person already follows as many things as anyone may (`limit` in the extensions). */
  FollowLimitReached: 'FOLLOW_LIMIT_REACHED',
} as const;
export type FollowingErrorReason = (typeof FollowingErrorReason)[keyof typeof FollowingErrorReason];

/** Answers to an "is it solved?" reminder. */
export const SolvedCheckErrorReason = {
  TokenInvalid: 'TOKEN_INVALID',
  TokenExpired: 'TOKEN_EXPIRED',
  AnswerNotFound: 'ANSWER_NOT_FOUND',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  QuestionClosed: 'QUESTION_CLOSED',
} as const;
export type SolvedCheckErrorReason =
  (typeof SolvedCheckErrorReason)[keyof typeof SolvedCheckErrorReason];

/** The private details an asker adds to a question (only they and staff see them). */
export const PrivateDetailsErrorReason = {
  /** No such question, or one the person may not see (deleted, hidden from them). */
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  /** Only the asker writes a question's private details; staff read them. */
  NotQuestionAuthor: 'NOT_QUESTION_AUTHOR',
  /** Longer than `privateDetailsLimits.bodyMax` characters (`limit` in the extensions). */
  PrivateDetailsTooLong: 'PRIVATE_DETAILS_TOO_LONG',
} as const;
export type PrivateDetailsErrorReason =
  (typeof PrivateDetailsErrorReason)[keyof typeof PrivateDetailsErrorReason];

/** The support desk: claiming, assigning, snoozing and pausing questions in the experts' inbox. */
export const SupportDeskErrorReason = {
  /** No such question, or it has no support case (deleted long ago). */
  CaseNotFound: 'CASE_NOT_FOUND',
  /** The question is not waiting for a response (responded, solved or closed). */
  CaseNotOpen: 'CASE_NOT_OPEN',
  /** Another expert holds the claim; they or a moderator release it first. */
  AlreadyClaimed: 'ALREADY_CLAIMED',
  /** Releasing a claim that is someone else's (only moderators and admins may) or none at all. */
  NotClaimedByYou: 'NOT_CLAIMED_BY_YOU',
  /** The assignee is not an active expert, moderator or admin. */
  AssigneeNotStaff: 'ASSIGNEE_NOT_STAFF',
  /** A snooze must end in the future. */
  SnoozeInPast: 'SNOOZE_IN_PAST',
  /** A snooze may last at most 30 days. */
  SnoozeTooFar: 'SNOOZE_TOO_FAR',
  /** Marking as waiting twice, or resuming a case that does not wait. */
  WaitingStateUnchanged: 'WAITING_STATE_UNCHANGED',
} as const;
export type SupportDeskErrorReason =
  (typeof SupportDeskErrorReason)[keyof typeof SupportDeskErrorReason];

/** Expert areas, time away and product support policies. */
export const SupportSettingsErrorReason = {
  ExpertNotFound: 'EXPERT_NOT_FOUND',
  /** Areas and time away are for staff (experts, moderators, admins). */
  NotSupportStaff: 'NOT_SUPPORT_STAFF',
  UnknownProducts: 'UNKNOWN_PRODUCTS',
  UnknownTags: 'UNKNOWN_TAGS',
  /** `until` is not in the future, or more than a year ahead. */
  InvalidAwayUntil: 'INVALID_AWAY_UNTIL',
  PolicyProductNotFound: 'POLICY_PRODUCT_NOT_FOUND',
  InvalidTimeZone: 'INVALID_TIME_ZONE',
  InvalidWorkingDays: 'INVALID_WORKING_DAYS',
  InvalidWorkingHours: 'INVALID_WORKING_HOURS',
  InvalidHolidays: 'INVALID_HOLIDAYS',
  InvalidResponseTarget: 'INVALID_RESPONSE_TARGET',
  InvalidWarnPercent: 'INVALID_WARN_PERCENT',
  InvalidAdminPercent: 'INVALID_ADMIN_PERCENT',
  /** The lead expert must be staff who cover the product. */
  InvalidLeadExpert: 'INVALID_LEAD_EXPERT',
} as const;
export type SupportSettingsErrorReason =
  (typeof SupportSettingsErrorReason)[keyof typeof SupportSettingsErrorReason];

/** Mail that could not be delivered (dead letters) and its resending by admins. */
export const DeadMailErrorReason = {
  /** One of the ids names no dead letter. */
  DeadMailNotFound: 'DEAD_MAIL_NOT_FOUND',
  /** The letter was resent already; a resend that dies again becomes a new dead letter. */
  DeadMailAlreadyResent: 'DEAD_MAIL_ALREADY_RESENT',
  /**
   * The mail carried a one-time link (sign-in, password reset, e-mail verification) that has
   * expired by now; the person asks for a new one instead.
   */
  DeadMailLinkExpired: 'DEAD_MAIL_LINK_EXPIRED',
} as const;
export type DeadMailErrorReason = (typeof DeadMailErrorReason)[keyof typeof DeadMailErrorReason];
