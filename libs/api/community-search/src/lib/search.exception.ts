import { ForumException } from '@forum/api/platform';
import { ErrorKind, SearchErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const SearchExceptionCode = SearchErrorReason;
export type SearchExceptionCode = SearchErrorReason;

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
