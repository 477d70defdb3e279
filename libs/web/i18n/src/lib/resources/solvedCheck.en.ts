// The "is it solved?" page, where the reminder e-mail and notification lead. Loaded with that
// page only (see solvedCheck.ts). German: solvedCheck.de.ts.
export const solvedCheckEn = {
  title: 'Is your question solved?',
  lead: 'Did one of these answers solve “{{title}}”?',
  answers: 'Answers',
  answerBy: 'Answer by {{name}}',
  formerMember: 'a former member',
  accepted: 'Marked as the solution',
  accept: 'Yes, this answer solved it',
  acceptLabel: 'Yes, the answer by {{name}} solved it',
  noAnswers: 'There are no answers to choose from right now.',
  notSolvedLead: 'None of them helped? Our experts will look at your question again.',
  notSolved: 'Still not solved',
  stop: 'Stop asking about this question',
  openQuestion: 'Open the question',
  done: {
    accepted: 'Thanks — marked as solved.',
    not_solved: 'Thanks — our experts will look at your question again.',
    stopped: 'Done — we will not ask about this question again.',
  },
  closed: 'This question is closed, so it takes no answer here.',
  missing: 'This page needs the link from your e-mail or notification.',
  errors: {
    TOKEN_INVALID: 'This link is not valid.',
    TOKEN_EXPIRED: 'This link has expired. Open the question to mark the solution there.',
    QUESTION_NOT_FOUND: 'This question is no longer available.',
    QUESTION_CLOSED: 'This question is closed, so it takes no answer here.',
    ANSWER_NOT_FOUND: 'That answer is no longer available. Please choose another one.',
    other: 'That did not work. Please try again.',
  },
  loading: 'Loading…',
  working: 'Saving your answer…',
};
