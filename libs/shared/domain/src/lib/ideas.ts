/** Where a feature idea stands; only product managers and admins change it. */
export const IdeaStatus = {
  UnderReview: 'under_review',
  Planned: 'planned',
  InProgress: 'in_progress',
  Shipped: 'shipped',
  Declined: 'declined',
} as const;
export type IdeaStatus = (typeof IdeaStatus)[keyof typeof IdeaStatus];

/** The roadmap shows these, in this order. */
export const roadmapStatuses: readonly IdeaStatus[] = [
  IdeaStatus.Planned,
  IdeaStatus.InProgress,
  IdeaStatus.Shipped,
];

/** How much a voter needs an idea; optional with every vote. */
export const VoteImportance = {
  NiceToHave: 'nice_to_have',
  Important: 'important',
  Critical: 'critical',
} as const;
export type VoteImportance = (typeof VoteImportance)[keyof typeof VoteImportance];

/** Limits every client and the API agree on. */
export const ideaLimits = {
  titleMin: 10,
  titleMax: 150,
  descriptionMax: 10_000,
  reasonMax: 280,
  commentMin: 2,
  commentMax: 5_000,
  noteMax: 5_000,
  statusMessageMin: 2,
  statusMessageMax: 2_000,
} as const;
