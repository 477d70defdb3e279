import {
  type AcceptanceKind,
  graphql,
  useFragment,
  useMutation,
  type FragmentType,
} from '@forum/web/data-access-graphql';
import { AcceptedMark, Button, MarkdownView } from '@forum/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { AcceptAnswerMutation } from '../../graphql/AcceptAnswer';
import { DeleteAnswerMutation } from '../../graphql/DeleteAnswer';
import { UnhidePostMutation } from '../../graphql/PostModeration';
import { UnacceptAnswerMutation } from '../../graphql/UnacceptAnswer';
import { useOptimisticVote } from '../../hooks/useOptimisticVote';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { answerPermissions, type QnaViewer } from '../../utils/permissions';
import { answerAnchor } from '../../utils/questionPath';
import { toQnaError } from '../../utils/qnaError';
import { AuthorName } from '../common/AuthorName';
import { PostFlag } from '../common/PostFlag';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { RelativeTime } from '../common/RelativeTime';
import { CommentThread } from './CommentThread';
import { ConfirmDialog } from './ConfirmDialog';
import { Confirmations } from './Confirmations';
import { HiddenNotice } from './HiddenNotice';
import { HidePostDialog } from './HidePostDialog';
import { PostVote } from './PostVote';

export const AnswerFields = graphql(`
  fragment AnswerFields on Answer {
    id
    body
    score
    viewerVote
    viewerConfirmed
    createdAt
    hiddenReason
    hiddenNote
    confirmations {
      people
      organisations
    }
    author {
      id
      displayName
      ...AuthorFields
    }
    comments {
      id
      ...CommentFields
    }
  }
`);

/** Who accepted the solution: staff verify it, otherwise the asker accepted it. */
export interface Acceptance {
  displayName: string;
  isStaff: boolean;
  staffTitle?: string | null;
  /** How it was accepted; staff marking their own answer is never "verified". */
  kind?: AcceptanceKind;
}

export interface AnswerCardProps {
  answer: FragmentType<typeof AnswerFields>;
  question: { id: string; authorId: string; isDeleted: boolean; locked?: boolean };
  /** Set on the accepted answer. */
  acceptance: Acceptance | null;
  viewer: QnaViewer | null;
  /** Called once the answer has been deleted, so the page can offer to restore it. */
  onDeleted: (answerId: string) => void;
}

// Accepting returns the question, which the document cache refetches by itself; deleting
// returns a bare Boolean.
const refetchQuestion = { additionalTypenames: ['Question', 'Answer'] };

/** One answer: votes, text, who wrote it, the solution mark, "worked for me too", comments. */
export function AnswerCard({
  answer: answerRef,
  question,
  acceptance,
  viewer,
  onDeleted,
}: AnswerCardProps) {
  const { t } = useQnaTranslation();
  const answer = useFragment(AnswerFields, answerRef);
  const may = answerPermissions(
    viewer,
    { authorId: answer.author.id, hidden: Boolean(answer.hiddenReason) },
    question,
  );
  const [hiding, setHiding] = useState(false);
  const [unhideState, unhide] = useMutation(UnhidePostMutation);
  const vote = useOptimisticVote('ANSWER', answer.id, answer);
  const [acceptState, accept] = useMutation(AcceptAnswerMutation);
  const [unacceptState, unaccept] = useMutation(UnacceptAnswerMutation);
  const [deleteState, deleteAnswer] = useMutation(DeleteAnswerMutation);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const accepted = acceptance !== null;
  const name = answer.author.displayName;
  const actionError = toQnaError(acceptState.error ?? unacceptState.error ?? unhideState.error);

  const onDelete = async () => {
    const result = await deleteAnswer({ input: { id: answer.id } }, refetchQuestion);
    if (!result.error) {
      setConfirmingDelete(false);
      onDeleted(answer.id);
    }
  };

  return (
    <article
      className={['forum-post', 'forum-answer', accepted ? 'forum-answer--accepted' : null]
        .filter(Boolean)
        .join(' ')}
      id={answerAnchor(answer.id)}
      aria-label={t('answer.label', { name })}
      data-testid={`answer-${answer.id}`}
    >
      <div className="forum-post__side">
        <PostVote vote={vote} canVote={may.vote} />
      </div>
      <div className="forum-post__main">
        {answer.hiddenReason ? (
          <HiddenNotice reason={answer.hiddenReason} note={answer.hiddenNote} post="answer" />
        ) : null}
        {acceptance ? <AcceptedMark>{acceptanceLabel(acceptance, t)}</AcceptedMark> : null}
        <QnaErrorAlert error={vote.error} />
        <MarkdownView source={answer.body} />
        <div className="forum-post__footer">
          <ul className="forum-post__actions" aria-label={t('answer.actions', { name })}>
            {may.accept && !accepted ? (
              <li>
                <Button
                  variant="secondary"
                  busy={acceptState.fetching}
                  onClick={() => void accept({ input: { answerId: answer.id } }, refetchQuestion)}
                >
                  {t('answer.accept')}
                </Button>
              </li>
            ) : null}
            {may.accept && accepted ? (
              <li>
                <Button
                  variant="quiet"
                  busy={unacceptState.fetching}
                  onClick={() =>
                    void unaccept({ input: { questionId: question.id } }, refetchQuestion)
                  }
                >
                  {t('answer.unaccept')}
                </Button>
              </li>
            ) : null}
            {may.edit ? (
              <li>
                <Link to={`/questions/${question.id}/answers/${answer.id}/edit`}>
                  {t('answer.edit')}
                </Link>
              </li>
            ) : null}
            <li>
              <Link to={`/questions/${question.id}/answers/${answer.id}/history`}>
                {t('answer.history')}
              </Link>
            </li>
            {may.delete ? (
              <li>
                <Button variant="quiet" onClick={() => setConfirmingDelete(true)}>
                  {t('answer.delete')}
                </Button>
              </li>
            ) : null}
            {may.hide ? (
              <li>
                <Button variant="quiet" onClick={() => setHiding(true)}>
                  {t('answer.hide')}
                </Button>
              </li>
            ) : null}
            {may.unhide ? (
              <li>
                <Button
                  variant="quiet"
                  busy={unhideState.fetching}
                  onClick={() =>
                    void unhide({ input: { target: 'ANSWER', id: answer.id } }, refetchQuestion)
                  }
                >
                  {t('answer.unhide')}
                </Button>
              </li>
            ) : null}
            {viewer && viewer.id !== answer.author.id ? (
              <li>
                <PostFlag
                  viewer={viewer}
                  authorId={answer.author.id}
                  targetKind="ANSWER"
                  targetId={answer.id}
                />
              </li>
            ) : null}
          </ul>
          <p className="forum-post__byline">
            <AuthorName author={answer.author} />
            <RelativeTime
              value={answer.createdAt}
              format={(time) => t('answer.answered', { time })}
            />
          </p>
        </div>
        <QnaErrorAlert error={actionError} />
        <Confirmations
          answerId={answer.id}
          people={answer.confirmations.people}
          organisations={answer.confirmations.organisations}
          viewerConfirmed={answer.viewerConfirmed}
          canConfirm={may.confirm}
        />
        <CommentThread
          comments={answer.comments}
          parent={{ answerId: answer.id }}
          questionId={question.id}
          viewer={viewer}
          canComment={may.comment}
        />
      </div>
      {hiding ? (
        <HidePostDialog open target="ANSWER" id={answer.id} onClose={() => setHiding(false)} />
      ) : null}
      <ConfirmDialog
        open={confirmingDelete}
        title={t('dialogs.deleteAnswerTitle')}
        confirmLabel={t('dialogs.delete')}
        busy={deleteState.fetching}
        error={toQnaError(deleteState.error)}
        onConfirm={() => void onDelete()}
        onClose={() => setConfirmingDelete(false)}
      >
        {t('dialogs.deleteAnswerBody')}
      </ConfirmDialog>
    </article>
  );
}

/**
 * "Verified by Anna Schmidt, Support Engineer" when staff checked someone else's answer, "Marked as
 * the solution by its author (staff)" when staff marked their own, "Accepted by the asker" otherwise.
 */
function acceptanceLabel(
  acceptance: Acceptance,
  t: ReturnType<typeof useQnaTranslation>['t'],
): string {
  if (acceptance.kind === 'AUTHOR_STAFF') return t('answer.markedByStaffAuthor');
  if (acceptance.kind === 'ASKER' || !acceptance.isStaff) return t('answer.acceptedByAsker');
  return acceptance.staffTitle
    ? t('answer.verifiedBy', { name: acceptance.displayName, title: acceptance.staffTitle })
    : t('answer.verifiedByName', { name: acceptance.displayName });
}
