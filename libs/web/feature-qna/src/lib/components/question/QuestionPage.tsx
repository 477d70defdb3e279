import { EdgeErrorReason, QnaErrorReason } from '@forum/shared/domain';
import { ClientErrorReason, useQuery } from '@forum/web/data-access-graphql';
import { useViewer } from '@forum/web/data-access-session';
import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import { Navigate, useLocation } from 'react-router';
import { QuestionDetailQuery } from '../../graphql/QuestionDetail';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { useQuestionActivity } from '../../hooks/useQuestionActivity';
import { answerAnchor, questionPath } from '../../utils/questionPath';
import { type QnaFailureReason, toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QuestionNotFound } from '../common/QuestionNotFound';
import { NewPostsNotice } from './NewPostsNotice';
import { QuestionView } from './QuestionView';

export interface QuestionPageProps {
  id: string;
  /** The slug in the address; another (or none) redirects to the canonical one. */
  slug?: string;
  /** What the app shows above the question for staff (the support desk's panel), if anything. */
  deskPanel?: ReactNode;
}

// Mutations that return a Comment, an Answer or a Question refresh the page, also where the page
// held none of that type yet (the first answer, the first comment).
const context = { additionalTypenames: ['Question', 'Answer', 'Comment'] };

/** `/questions/:id/:slug`: a question with its answers, or "not found". */
// A question that does not exist, and an id that cannot be one, both mean "not found".
const notFoundReasons: readonly QnaFailureReason[] = [
  QnaErrorReason.QuestionNotFound,
  ClientErrorReason.NotFound,
  EdgeErrorReason.ValidationFailed,
];
export function QuestionPage({ id, slug, deskPanel }: QuestionPageProps) {
  const { t } = useQnaTranslation();
  const { viewer } = useViewer();
  const { search, hash } = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: QuestionDetailQuery,
    variables: { id },
    context,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const activity = useQuestionActivity({
    questionId: id,
    viewerId: viewer?.id ?? null,
    shownAnswerIds: data?.question?.answers.map((answer) => answer.id) ?? [],
    refresh,
  });
  // The answer a link names (`#answer-<id>`, as in notification e-mails) once the page has it,
  // and after "show them" the first new answer once the reloaded page has it.
  const scrollTo = useRef<string | null>(
    hash.startsWith('#answer-') ? hash.slice('#answer-'.length) : null,
  );
  useEffect(() => {
    const target = scrollTo.current && document.getElementById(answerAnchor(scrollTo.current));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    scrollTo.current = null;
  }, [data]);
  const showNewPosts = () => {
    scrollTo.current = activity.answerIds[0] ?? null;
    activity.clear();
    refresh();
  };

  if (!data) {
    const failure = toQnaError(error);
    if (failure && notFoundReasons.includes(failure.reason)) return <QuestionNotFound />;
    if (failure) return <QnaErrorAlert error={failure} />;
    return fetching ? <p role="status">{t('loading')}</p> : null;
  }
  const question = data.question;
  if (!question) return <QuestionNotFound />;
  // One address per question: old slugs (an edited title) and bare ids lead to the current one.
  if (slug !== question.slug) {
    return <Navigate to={`${questionPath(question)}${search}${hash}`} replace />;
  }
  return (
    <>
      <NewPostsNotice
        answers={activity.answerIds.length}
        comments={activity.commentIds.length}
        onShow={showNewPosts}
      />
      <QuestionView
        question={question}
        deskPanel={deskPanel}
        viewer={viewer ? { id: viewer.id, role: viewer.role } : null}
      />
    </>
  );
}
