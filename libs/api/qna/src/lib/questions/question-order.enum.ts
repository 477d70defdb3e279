import { graphqlEnum } from '@forum/api/platform';

export const QuestionOrder = { Newest: 'newest', Active: 'active', Top: 'top' } as const;
export type QuestionOrder = (typeof QuestionOrder)[keyof typeof QuestionOrder];

export const QuestionOrderEnum = graphqlEnum(
  QuestionOrder,
  'QuestionOrder',
  'How to sort questions: NEWEST asked, recently ACTIVE, TOP score.',
);
