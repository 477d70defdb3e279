import { IdeaErrorReason, SearchErrorReason } from '@forum/shared/domain';
import { type CombinedError, readGraphqlError } from '@forum/web/data-access-graphql';
import { useIdeasTranslation } from './useIdeasTranslation';

/** The failures of merging, recording organisation votes, linking questions and searching. */
const curationReasons = [
  IdeaErrorReason.IdeaNotFound,
  IdeaErrorReason.IdeaMerged,
  IdeaErrorReason.InvalidMerge,
  IdeaErrorReason.QuestionNotFound,
  IdeaErrorReason.OrganisationNotFound,
  SearchErrorReason.SearchUnavailable,
] as const;

/** A failed curation step in the reader's language, from the API's reason code. */
export function useCurationError() {
  const { t } = useIdeasTranslation();
  return (error: CombinedError | undefined): string | undefined => {
    const failure = readGraphqlError(error, curationReasons);
    return failure ? t(`curate.errors.${failure.reason}`) : undefined;
  };
}
