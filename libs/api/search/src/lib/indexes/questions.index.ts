import type { SearchIndexDefinition } from './index-definition.js';

/** Questions with their answers, one document per visible question. */
export const questionsIndex: SearchIndexDefinition = {
  uid: 'questions',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title', 'body', 'acceptedAnswer', 'answers', 'tags'],
    filterableAttributes: ['product', 'tags', 'state', 'answeredByStaff', 'language'],
    sortableAttributes: ['createdAt', 'lastActivityAt', 'score'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'score:desc'],
  },
};
