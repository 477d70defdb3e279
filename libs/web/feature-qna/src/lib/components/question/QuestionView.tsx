import {
  useMutation,
  type QuestionDetailQuery as QuestionDetailResult,
} from '@forum/web/data-access-graphql';
import { Alert, Button, MarkdownView } from '@forum/web/ui';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { signInPath } from '@forum/web/data-access-session';
import { DeleteQuestionMutation } from '../../graphql/DeleteQuestion';
import { ReopenQuestionMutation } from '../../graphql/ReopenQuestion';
import { RestoreAnswerMutation } from '../../graphql/RestoreAnswer';
import { RestoreQuestionMutation } from '../../graphql/RestoreQuestion';
import {
  LockQuestionMutation,
  PinQuestionMutation,
  UnhidePostMutation,
  UnlockQuestionMutation,
  UnpinQuestionMutation,
} from '../../graphql/PostModeration';
import { useOptimisticVote } from '../../hooks/useOptimisticVote';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { useQuestionSeo } from '../../hooks/useQuestionSeo';
import { useRecordView } from '../../hooks/useRecordView';
import {
  mayLinkIdeas,
  mayRestoreAnswers,
  mayRestoreQuestions,
  questionPermissions,
  type QnaViewer,
} from '../../utils/permissions';
import { markdownToPlainText, summarize } from '../../utils/plainText';
import { qaPageJsonLd } from '../../utils/qaPageJsonLd';
import { listSearch } from '../../utils/listParams';
import { questionPath } from '../../utils/questionPath';
import { toQnaError } from '../../utils/qnaError';
import { AuthorName } from '../common/AuthorName';
import { PostFlag } from '../common/PostFlag';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { QuestionStateBadge } from '../common/QuestionStateBadge';
import { RelativeTime } from '../common/RelativeTime';
import { TagList } from '../common/TagList';
import { PrivateDetailsBox } from '../private-details/PrivateDetailsBox';
import { AnswerCard, type Acceptance } from './AnswerCard';
import { AnswerForm } from './AnswerForm';
import { CloseQuestionDialog } from './CloseQuestionDialog';
import { CommentThread } from './CommentThread';
import { ConfirmDialog } from './ConfirmDialog';
import { HiddenNotice } from './HiddenNotice';
import { HidePostDialog } from './HidePostDialog';
import { PostVote } from './PostVote';
import { QuestionFollow } from './QuestionFollow';
import { QuestionIdeas } from './QuestionIdeas';
import '../common/common.css';
import './Question.css';

export type QuestionDetail = NonNullable<QuestionDetailResult['question']>;

export interface QuestionViewProps {
  question: QuestionDetail;
  viewer: QnaViewer | null;
  /** Shown under the title for staff: the support desk's panel and suggested experts, which the app passes in. */
  deskPanel?: ReactNode;
}

const refetchQuestion = { additionalTypenames: ['Question', 'Answer'] };

/** The question page: the question, its answers (the solution first) and the answer form. */
export function QuestionView({ question, viewer, deskPanel }: QuestionViewProps) {
  const { t } = useQnaTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const isAsker = viewer !== null && viewer.id === question.author.id;
  const unsavedPrivateDetails = isAsker ? unsavedPrivateDetailsOf(location.state) : undefined;
  const may = questionPermissions(viewer, {
    authorId: question.author.id,
    state: question.state,
    isDeleted: question.isDeleted,
    hidden: Boolean(question.hiddenReason),
    locked: Boolean(question.lockedAt),
    pinned: Boolean(question.pinnedAt),
  });
  const vote = useOptimisticVote('QUESTION', question.id, question);
  const [dialog, setDialog] = useState<'delete' | 'close' | 'hide' | null>(null);
  const [deletedAnswer, setDeletedAnswer] = useState<string | null>(null);
  const [notice, setNotice] = useState<'questionRestored' | 'answerRestored' | null>(null);
  const [deleteState, deleteQuestion] = useMutation(DeleteQuestionMutation);
  const [reopenState, reopen] = useMutation(ReopenQuestionMutation);
  const [restoreState, restore] = useMutation(RestoreQuestionMutation);
  const [restoreAnswerState, restoreAnswer] = useMutation(RestoreAnswerMutation);
  const [unhideState, unhide] = useMutation(UnhidePostMutation);
  const [lockState, lock] = useMutation(LockQuestionMutation);
  const [unlockState, unlock] = useMutation(UnlockQuestionMutation);
  const [pinState, pin] = useMutation(PinQuestionMutation);
  const [unpinState, unpin] = useMutation(UnpinQuestionMutation);
  // Moderators looking at a deleted question are not visitors.
  useRecordView(question.isDeleted ? undefined : question.id);
  useSeo(question);

  // The API sends the accepted answer first; keep it there while a change is being refetched.
  const answers = [...question.answers].sort(
    (a, b) =>
      Number(b.id === question.acceptedAnswerId) - Number(a.id === question.acceptedAnswerId),
  );
  const actionError = toQnaError(
    reopenState.error ??
      restoreState.error ??
      restoreAnswerState.error ??
      unhideState.error ??
      lockState.error ??
      unlockState.error ??
      pinState.error ??
      unpinState.error,
  );
  const byId = { input: { id: question.id } };

  const onDelete = async () => {
    const result = await deleteQuestion({ input: { id: question.id } }, refetchQuestion);
    if (result.error) return;
    setDialog(null);
    // Moderators stay to see the deleted question (and can restore it); everyone else leaves.
    if (!mayRestoreQuestions(viewer)) {
      await navigate('/questions', { state: { qnaNotice: 'questionDeleted' } });
    }
  };

  const onRestore = async () => {
    const result = await restore({ input: { id: question.id } }, refetchQuestion);
    if (result.data) setNotice('questionRestored');
  };

  const onRestoreAnswer = async (answerId: string) => {
    const result = await restoreAnswer({ input: { id: answerId } }, refetchQuestion);
    if (result.data) {
      setDeletedAnswer(null);
      setNotice('answerRestored');
    }
  };

  return (
    <article className="forum-question" aria-labelledby="question-title">
      <QnaPageTitle page={question.title} />
      <header className="forum-question__header">
        <h1 className="forum-question__title" id="question-title" lang={question.language}>
          {question.title}
        </h1>
        <p className="forum-question__meta">
          <QuestionStateBadge state={question.state} />
          {question.pinnedAt ? (
            <span className="forum-question__pinned">{t('question.pinned')}</span>
          ) : null}
          <span>
            <span className="forum-visually-hidden">{t('question.productArea')}: </span>
            <Link
              to={`/questions${listSearch({ sort: 'active', product: question.product.slug })}`}
            >
              {question.product.name}
            </Link>
          </span>
          <RelativeTime
            value={question.createdAt}
            format={(time) => t('question.asked', { time })}
          />
          <RelativeTime
            value={question.lastActivityAt}
            format={(time) => t('question.active', { time })}
          />
          <span>{t('question.views', { count: question.viewCount })}</span>
        </p>
        {question.isDeleted || question.hiddenReason ? null : (
          <QuestionFollow
            questionId={question.id}
            viewerFollows={question.viewerFollows}
            followerCount={question.followerCount}
            signedIn={viewer !== null}
          />
        )}
      </header>
      {deskPanel}

      {question.isDeleted ? (
        <Alert tone="info" title={t('question.deleted')}>
          {may.restore ? (
            <Button
              variant="secondary"
              busy={restoreState.fetching}
              onClick={() => void onRestore()}
            >
              {t('question.restore')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {notice === 'questionRestored' ? (
        <Alert tone="success">{t('question.restored')}</Alert>
      ) : null}
      {question.hiddenReason ? (
        <HiddenNotice reason={question.hiddenReason} note={question.hiddenNote} post="question" />
      ) : null}
      {question.state === 'CLOSED' ? <ClosedNotice question={question} /> : null}
      {question.lockedAt ? (
        <Alert tone="info" title={t('question.lockedTitle')}>
          <p>{t('question.lockedBody')}</p>
        </Alert>
      ) : null}

      <div className="forum-post forum-question__post">
        <div className="forum-post__side">
          <PostVote vote={vote} canVote={may.vote} />
        </div>
        <div className="forum-post__main">
          <QnaErrorAlert error={vote.error} />
          <div lang={question.language}>
            <MarkdownView source={question.body} />
          </div>
          <TagList tags={question.tags} label={t('question.tags')} />
          <div className="forum-post__footer">
            <ul className="forum-post__actions" aria-label={t('question.actions')}>
              {may.edit ? (
                <li>
                  <Link to={`/questions/${question.id}/edit`}>{t('question.edit')}</Link>
                </li>
              ) : null}
              <li>
                <Link to={`/questions/${question.id}/history`}>{t('question.history')}</Link>
              </li>
              {may.close ? (
                <li>
                  <Button variant="quiet" onClick={() => setDialog('close')}>
                    {t('question.close')}
                  </Button>
                </li>
              ) : null}
              {may.reopen ? (
                <li>
                  <Button
                    variant="quiet"
                    busy={reopenState.fetching}
                    onClick={() => void reopen({ input: { id: question.id } }, refetchQuestion)}
                  >
                    {t('question.reopen')}
                  </Button>
                </li>
              ) : null}
              {may.delete ? (
                <li>
                  <Button variant="quiet" onClick={() => setDialog('delete')}>
                    {t('question.delete')}
                  </Button>
                </li>
              ) : null}
              {may.hide ? (
                <li>
                  <Button variant="quiet" onClick={() => setDialog('hide')}>
                    {t('question.hide')}
                  </Button>
                </li>
              ) : null}
              {may.unhide ? (
                <li>
                  <Button
                    variant="quiet"
                    busy={unhideState.fetching}
                    onClick={() =>
                      void unhide(
                        { input: { target: 'QUESTION', id: question.id } },
                        refetchQuestion,
                      )
                    }
                  >
                    {t('question.unhide')}
                  </Button>
                </li>
              ) : null}
              {may.lock || may.unlock ? (
                <li>
                  <Button
                    variant="quiet"
                    busy={lockState.fetching || unlockState.fetching}
                    onClick={() =>
                      void (may.lock ? lock(byId, refetchQuestion) : unlock(byId, refetchQuestion))
                    }
                  >
                    {may.lock ? t('question.lock') : t('question.unlock')}
                  </Button>
                </li>
              ) : null}
              {may.pin || may.unpin ? (
                <li>
                  <Button
                    variant="quiet"
                    busy={pinState.fetching || unpinState.fetching}
                    onClick={() =>
                      void (may.pin ? pin(byId, refetchQuestion) : unpin(byId, refetchQuestion))
                    }
                  >
                    {may.pin ? t('question.pin') : t('question.unpin')}
                  </Button>
                </li>
              ) : null}
              {viewer && viewer.id !== question.author.id ? (
                <li>
                  <PostFlag
                    viewer={viewer}
                    authorId={question.author.id}
                    targetKind="QUESTION"
                    targetId={question.id}
                  />
                </li>
              ) : null}
            </ul>
            <p className="forum-post__byline">
              <AuthorName author={question.author} />
              <RelativeTime
                value={question.createdAt}
                format={(time) => t('question.asked', { time })}
              />
            </p>
          </div>
          <QnaErrorAlert error={actionError} />
          <CommentThread
            comments={question.comments}
            parent={{ questionId: question.id }}
            questionId={question.id}
            viewer={viewer}
            canComment={may.comment}
          />
        </div>
      </div>

      {question.privateDetails || isAsker ? (
        <PrivateDetailsBox
          key={question.id}
          questionId={question.id}
          details={question.privateDetails ?? null}
          editable={isAsker && !question.isDeleted}
          unsaved={unsavedPrivateDetails}
        />
      ) : null}

      {question.duplicates.length > 0 ? (
        <aside className="forum-question__duplicates" aria-labelledby="question-duplicates">
          <h2 id="question-duplicates">{t('question.duplicates')}</h2>
          <ul>
            {question.duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link to={questionPath(duplicate)}>{duplicate.title}</Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}

      <QuestionIdeas
        questionId={question.id}
        ideas={question.linkedIdeas}
        canLink={!question.isDeleted && mayLinkIdeas(viewer)}
      />

      <section className="forum-question__answers" aria-labelledby="answers-title">
        <h2 className="forum-question__answers-title" id="answers-title">
          {t('question.answers', { count: answers.length })}
        </h2>
        {deletedAnswer ? (
          <Alert tone="info" title={t('answer.deleted')}>
            {mayRestoreAnswers(viewer) ? (
              <Button
                variant="secondary"
                busy={restoreAnswerState.fetching}
                onClick={() => void onRestoreAnswer(deletedAnswer)}
              >
                {t('answer.restore')}
              </Button>
            ) : null}
          </Alert>
        ) : null}
        {notice === 'answerRestored' ? <Alert tone="success">{t('answer.restored')}</Alert> : null}
        {answers.length === 0 ? (
          <p className="forum-question__empty">{t('question.noAnswers')}</p>
        ) : null}
        {answers.map((answer) => (
          <AnswerCard
            key={answer.id}
            answer={answer}
            question={{
              id: question.id,
              authorId: question.author.id,
              isDeleted: question.isDeleted,
              locked: Boolean(question.lockedAt),
            }}
            acceptance={answer.id === question.acceptedAnswerId ? acceptanceOf(question) : null}
            viewer={viewer}
            onDeleted={(answerId) => {
              setNotice(null);
              setDeletedAnswer(answerId);
            }}
          />
        ))}
      </section>

      {may.answer ? (
        <AnswerForm questionId={question.id} />
      ) : question.lockedAt ? (
        <p className="forum-question__closed-note">{t('question.lockedBody')}</p>
      ) : question.state === 'CLOSED' ? (
        <p className="forum-question__closed-note">{t('question.closedForAnswers')}</p>
      ) : !viewer && !question.isDeleted ? (
        <SignInToAnswer questionPath={questionPath(question)} />
      ) : null}

      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('dialogs.deleteQuestionTitle')}
        confirmLabel={t('dialogs.delete')}
        busy={deleteState.fetching}
        error={toQnaError(deleteState.error)}
        onConfirm={() => void onDelete()}
        onClose={() => setDialog(null)}
      >
        {t('dialogs.deleteQuestionBody')}
      </ConfirmDialog>
      {dialog === 'hide' ? (
        <HidePostDialog open target="QUESTION" id={question.id} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'close' ? (
        <CloseQuestionDialog open questionId={question.id} onClose={() => setDialog(null)} />
      ) : null}
    </article>
  );
}

function ClosedNotice({ question }: { question: QuestionDetail }) {
  const { t } = useQnaTranslation();
  const reason = question.closeReason ? t(`closeReason.${question.closeReason}`) : '';
  return (
    <Alert tone="info" title={t('question.closedTitle', { reason })}>
      {question.closeReason === 'DUPLICATE' && question.duplicateOf ? (
        <p>
          {t('question.duplicateOf')}{' '}
          <Link to={questionPath(question.duplicateOf)}>{question.duplicateOf.title}</Link>
        </p>
      ) : null}
      <p>{t('question.closedBody')}</p>
    </Alert>
  );
}

function SignInToAnswer({ questionPath: path }: { questionPath: string }) {
  const { t } = useQnaTranslation();
  return (
    <div className="forum-question__sign-in">
      <p>{t('question.signInToAnswerLead')}</p>
      <Link to={signInPath(path)}>{t('question.signInToAnswer')}</Link>
    </div>
  );
}

/** The page's description, canonical address and structured data for search engines. */
function useSeo(question: QuestionDetail) {
  const path = questionPath(question);
  const canonicalUrl = `${window.location.origin}${path}`;
  const text = markdownToPlainText(question.body);
  useQuestionSeo({
    description: summarize(text || question.title),
    canonicalUrl,
    jsonLd: qaPageJsonLd(
      {
        title: question.title,
        body: question.body,
        score: question.score,
        createdAt: question.createdAt,
        authorName: question.author.displayName,
        answerCount: question.answers.length,
        acceptedAnswerId: question.acceptedAnswerId,
        answers: question.answers.map((answer) => ({
          id: answer.id,
          body: answer.body,
          score: answer.score,
          createdAt: answer.createdAt,
          authorName: answer.author.displayName,
        })),
      },
      canonicalUrl,
    ),
  });
}

/** Who marked the solution and how: `acceptance` when the API sent it, else `acceptedBy`. */
function acceptanceOf(question: QuestionDetail): Acceptance {
  const { acceptance } = question;
  if (acceptance?.by) {
    return {
      displayName: acceptance.by.displayName,
      isStaff: acceptance.by.isStaff,
      staffTitle: acceptance.by.staffTitle,
      kind: acceptance.kind,
    };
  }
  return question.acceptedBy ?? { displayName: '', isStaff: false };
}

/** The private details the ask form could not save, handed over in the navigation state. */
function unsavedPrivateDetailsOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const text = (state as { unsavedPrivateDetails?: unknown }).unsavedPrivateDetails;
  return typeof text === 'string' ? text : undefined;
}
