import { graphqlEnum } from '@forum/api/platform';
import type { PostType } from './posts.index.js';

export const PostTypes = { Question: 'question', Idea: 'idea' } as const satisfies Record<
  string,
  PostType
>;

export const PostTypeEnum = graphqlEnum(
  PostTypes,
  'PostType',
  'What a search hit is: a QUESTION (with its answers) or a feature IDEA.',
);
