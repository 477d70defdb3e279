/** Where a question stands: open, answered (has an answer), solved (has an accepted one), closed. */
export const QuestionState = {
  Open: 'open',
  Answered: 'answered',
  Solved: 'solved',
  Closed: 'closed',
} as const;
export type QuestionState = (typeof QuestionState)[keyof typeof QuestionState];

export const CloseReason = {
  Duplicate: 'duplicate',
  OffTopic: 'off_topic',
  NotReproducible: 'not_reproducible',
  Spam: 'spam',
} as const;
export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

/** Limits every client and the API agree on. */
export const questionLimits = {
  titleMin: 15,
  titleMax: 150,
  bodyMax: 30_000,
  tagsMax: 5,
  answerBodyMin: 20,
  commentMax: 600,
} as const;

/** Private details of a question (order number, account id, a log excerpt): asker and staff only. */
export const privateDetailsLimits = {
  bodyMax: 4_000,
} as const;
