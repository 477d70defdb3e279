import { SearchErrorReason } from '@forum/shared/domain';
import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { useId, useRef } from 'react';
import { RecordSuggestionVisitMutation } from '../../graphql/RecordSuggestionVisit';
import { SimilarQuestionsQuery } from '../../graphql/SimilarQuestions';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useLatestDefined } from '../../hooks/useLatestDefined';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import { questionPath } from '../../utils/questionPath';
import { QuestionStateBadge } from '../common/QuestionStateBadge';
import { HighlightedText } from '../search/HighlightedText';
import './SimilarQuestions.css';

/** How long typing pauses before suggestions are looked up. */
export const SIMILAR_DELAY_MS = 400;
/** Fewer characters than this say too little to find anything similar. */
export const SIMILAR_MIN_TITLE = 10;
// The API's limits for what it compares.
const TITLE_MAX = 200;
const BODY_MAX = 2_000;

export interface SimilarQuestionsProps {
  title: string;
  body: string;
  /** This visit to the ask form; the same id goes with the question when it is posted. */
  draftId: string;
}

/**
 * Existing questions like the one being typed, solved ones first. They open in a new tab, so the
 * draft stays; each one opened is recorded, and counts as a deflection if the draft is never
 * posted.
 */
export function SimilarQuestions({ title, body, draftId }: SimilarQuestionsProps) {
  const { t } = useQnaTranslation();
  const headingId = useId();
  const typedTitle = useDebouncedValue(title.trim().slice(0, TITLE_MAX), SIMILAR_DELAY_MS);
  const typedBody = useDebouncedValue(body.trim().slice(0, BODY_MAX), SIMILAR_DELAY_MS);
  const enough = typedTitle.length >= SIMILAR_MIN_TITLE;
  const [{ data, error }] = useQuery({
    query: SimilarQuestionsQuery,
    variables: { title: typedTitle, body: typedBody || null },
    pause: !enough,
  });
  const hits = useLatestDefined(data?.similarQuestions)?.flatMap(({ question, title }) =>
    question ? [{ question, title }] : [],
  );
  const [, recordVisit] = useMutation(RecordSuggestionVisitMutation);
  const recorded = useRef(new Set<string>());

  const opened = (questionId: string) => {
    if (recorded.current.has(questionId)) return;
    recorded.current.add(questionId);
    void recordVisit({ input: { draftId, questionId } });
  };

  if (!enough) return null;
  if (!data && toQnaError(error)?.reason === SearchErrorReason.SearchUnavailable)
    return (
      <p className="forum-similar forum-similar__unavailable" role="status">
        {t('similar.unavailable')}
      </p>
    );
  if (!hits || hits.length === 0) return null;
  return (
    <section className="forum-similar" aria-labelledby={headingId}>
      <h2 className="forum-similar__title" id={headingId}>
        {t('similar.title')}
      </h2>
      <p className="forum-similar__lead">{t('similar.lead')}</p>
      <ul className="forum-similar__list">
        {hits.map(({ question, title: highlighted }) => (
          <li key={question.id}>
            <a
              href={questionPath(question)}
              target="_blank"
              rel="noopener noreferrer"
              lang={question.language}
              onClick={() => opened(question.id)}
              onAuxClick={(event) => {
                if (event.button === 1) opened(question.id);
              }}
            >
              <HighlightedText segments={highlighted} />
              <span className="forum-visually-hidden"> {t('similar.newTab')}</span>
            </a>
            {question.state === 'SOLVED' ? <QuestionStateBadge state={question.state} /> : null}
            <span className="forum-similar__count">
              {t('search.answers', { count: question.answerCount })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
