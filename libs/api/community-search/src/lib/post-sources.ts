import type { PostDocument, PostType } from '@forum/api/search';
import type { EntityManager } from 'typeorm';
import { loadIdeaDocuments, pageIdeaDocuments } from './idea-documents.js';
import { loadQuestionDocuments, pageQuestionDocuments } from './question-documents.js';

/** Where the documents of one kind of post come from: always the database, never the index. */
export interface PostSource {
  type: PostType;
  /** The documents of those of these posts that are visible; absent ids leave the index. */
  load(manager: EntityManager, ids: readonly string[]): Promise<PostDocument[]>;
  /** One page of all visible posts in id order. */
  page(manager: EntityManager, afterId: string | null, limit: number): Promise<PostDocument[]>;
}

export const postSources: PostSource[] = [
  { type: 'question', load: loadQuestionDocuments, page: pageQuestionDocuments },
  { type: 'idea', load: loadIdeaDocuments, page: pageIdeaDocuments },
];
