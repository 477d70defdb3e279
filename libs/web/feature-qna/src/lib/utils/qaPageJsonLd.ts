import { markdownToPlainText } from './plainText';

export interface JsonLdPost {
  body: string;
  score: number;
  createdAt: string;
  authorName: string;
}

export interface JsonLdAnswer extends JsonLdPost {
  id: string;
}

export interface JsonLdQuestion extends JsonLdPost {
  title: string;
  answerCount: number;
  acceptedAnswerId?: string | null;
  answers: readonly JsonLdAnswer[];
}

/**
 * schema.org `QAPage` structured data for a question page, so search engines can show the
 * question with its accepted and suggested answers.
 * https://developers.google.com/search/docs/appearance/structured-data/qapage
 */
export function qaPageJsonLd(question: JsonLdQuestion, url: string) {
  const answer = (post: JsonLdAnswer) => ({
    '@type': 'Answer',
    text: markdownToPlainText(post.body),
    upvoteCount: post.score,
    dateCreated: post.createdAt,
    url: `${url}#answer-${post.id}`,
    author: { '@type': 'Person', name: post.authorName },
  });
  const accepted = question.answers.find((post) => post.id === question.acceptedAnswerId);
  const suggested = question.answers.filter((post) => post !== accepted);
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: question.title,
      // Search engines want a text; a question may have only its title.
      text: markdownToPlainText(question.body) || question.title,
      answerCount: question.answerCount,
      upvoteCount: question.score,
      dateCreated: question.createdAt,
      author: { '@type': 'Person', name: question.authorName },
      ...(accepted ? { acceptedAnswer: answer(accepted) } : {}),
      ...(suggested.length > 0 ? { suggestedAnswer: suggested.map(answer) } : {}),
    },
  };
}
