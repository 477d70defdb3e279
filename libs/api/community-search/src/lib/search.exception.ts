import { ForumException } from '@forum/api/platform';
import { ErrorKind } from '@forum/shared/domain';

export const SearchExceptionCode = {
  SearchUnavailable: 'SEARCH_UNAVAILABLE',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
} as const;
export type SearchExceptionCode = (typeof SearchExceptionCode)[keyof typeof SearchExceptionCode];

const kindOf: Record<SearchExceptionCode, ErrorKind> = {
  SEARCH_UNAVAILABLE: ErrorKind.Unavailable,
  QUESTION_NOT_FOUND: ErrorKind.NotFound,
};

export class SearchException extends ForumException {
  constructor(code: SearchExceptionCode, message: string) {
    super(kindOf[code], code, message);
  }
}

export function searchUnavailable(): SearchException {
  return new SearchException(
    SearchExceptionCode.SearchUnavailable,
    'Search is temporarily unavailable. Please try again in a moment.',
  );
}
