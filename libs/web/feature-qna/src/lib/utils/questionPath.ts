/** The readable address of a question: `/questions/<id>/<slug>`. */
export function questionPath(question: { id: string; slug: string }): string {
  return `/questions/${encodeURIComponent(question.id)}/${encodeURIComponent(question.slug)}`;
}

/** Where an answer sits on its question's page. */
export function answerAnchor(answerId: string): string {
  return `answer-${answerId}`;
}
