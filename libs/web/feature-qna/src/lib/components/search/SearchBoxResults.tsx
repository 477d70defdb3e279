import { SearchErrorReason } from '@forum/shared/domain';
import { useQuery } from '@forum/web/data-access-graphql';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { SearchPreviewQuery } from '../../graphql/SearchPreview';
import { useLatestDefined } from '../../hooks/useLatestDefined';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import { questionPath } from '../../utils/questionPath';
import { searchPath } from '../../utils/searchParams';
import { QuestionStateBadge } from '../common/QuestionStateBadge';
import { HighlightedText } from './HighlightedText';

/** How many hits the header shows; the search page has the rest. */
export const SEARCH_BOX_HITS = 5;

export interface SearchBoxResultsProps {
  /** What the hits are for: the words as they were when typing paused. */
  query: string;
  /** The words as they are now, for "see all results". */
  text: string;
  listboxId: string;
  optionId: (index: number) => string;
  /** The option the arrow keys chose, or -1. */
  activeIndex: number;
  /** Where each option leads, in order, whenever they change. */
  onOptions: (hrefs: readonly string[]) => void;
  /** An option was clicked. */
  onChoose: () => void;
}

/** The header search box's list: the best hits, then "see all results". */
export function SearchBoxResults({
  query,
  text,
  listboxId,
  optionId,
  activeIndex,
  onOptions,
  onChoose,
}: SearchBoxResultsProps) {
  const { t } = useQnaTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: SearchPreviewQuery,
    variables: { query, first: SEARCH_BOX_HITS },
  });
  // The previous hits stay while the next keystroke's load.
  const shown = useLatestDefined(data?.search);
  const failure = data ? undefined : toQnaError(error);
  const hits = useMemo(() => (failure ? [] : (shown?.hits ?? [])), [failure, shown]);
  const options = useMemo(
    () =>
      failure
        ? []
        : [
            ...hits.map((hit) =>
              hit.question ? questionPath(hit.question) : `/ideas/${hit.idea?.id ?? ''}`,
            ),
            searchPath(text),
          ],
    [failure, hits, text],
  );

  useEffect(() => onOptions(options), [options, onOptions]);

  const status = failure
    ? failure.reason === SearchErrorReason.SearchUnavailable
      ? t('search.preview.unavailable')
      : t(`errors.${failure.reason}`, { needed: Number(failure.details['needed'] ?? 0) })
    : !shown && fetching
      ? t('search.preview.searching')
      : shown && hits.length === 0
        ? t('search.preview.none')
        : '';

  return (
    // Pressing on the list must not take the focus from the input: it would close the list
    // before the click lands.
    <div className="forum-search-box__popup" onMouseDown={(event) => event.preventDefault()}>
      <p className="forum-search-box__status" role="status">
        {status}
      </p>
      <ul
        className="forum-search-box__list"
        id={listboxId}
        role="listbox"
        aria-label={t('search.preview.label')}
        aria-busy={fetching}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.question?.id ?? hit.idea?.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="forum-search-box__option"
          >
            <Link to={options[index]} tabIndex={-1} onClick={onChoose}>
              <span className="forum-search-box__title" lang={hit.question?.language}>
                <HighlightedText segments={hit.title} />
              </span>
              <span className="forum-search-box__meta">
                {hit.question?.state === 'SOLVED' ? (
                  <QuestionStateBadge state={hit.question.state} />
                ) : null}
                {hit.idea ? (
                  <span>
                    {t('search.idea')} · {t('search.votes', { count: hit.idea.voteCount })}
                  </span>
                ) : null}
                <span>{(hit.question ?? hit.idea)?.product.name}</span>
              </span>
            </Link>
          </li>
        ))}
        {failure ? null : (
          <li
            id={optionId(hits.length)}
            role="option"
            aria-selected={hits.length === activeIndex}
            className="forum-search-box__option forum-search-box__option--all"
          >
            <Link to={searchPath(text)} tabIndex={-1} onClick={onChoose}>
              {t('search.preview.seeAll', { query: text })}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
