import type { VisiblePost } from '@forum/api/qna';

/** What every notification about a question or one of its posts names. */
function about(post: VisiblePost): { questionId: string; questionTitle: string } {
  return { questionId: post.questionId, questionTitle: post.questionTitle };
}

/** The payloads the fan-out stores, shaped as the notifications domain reads them back. */
export const notificationPayloads = {
  answerPosted: (answer: VisiblePost) => ({ ...about(answer), answerId: answer.id }),
  commentPosted: (comment: VisiblePost) => ({
    ...about(comment),
    answerId: comment.answerId,
    commentId: comment.id,
  }),
  answerAccepted: (answer: VisiblePost) => ({ ...about(answer), answerId: answer.id }),
  answerVerified: (answer: VisiblePost, onYourQuestion: boolean) => ({
    ...about(answer),
    answerId: answer.id,
    onYourQuestion,
  }),
  closedAsDuplicate: (question: VisiblePost, original: VisiblePost) => ({
    ...about(question),
    duplicateOfId: original.id,
    duplicateOfTitle: original.questionTitle,
  }),
  mention: (post: VisiblePost) => ({
    ...about(post),
    postKind: post.kind,
    answerId: post.answerId,
    commentId: post.kind === 'comment' ? post.id : null,
  }),
  questionInFollowedArea: (question: VisiblePost) => ({
    ...about(question),
    productId: question.productId,
  }),
};
