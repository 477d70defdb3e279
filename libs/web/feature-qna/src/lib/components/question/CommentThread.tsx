import {
  graphql,
  useFragment,
  useMutation,
  type CommentFieldsFragment,
  type FragmentType,
} from '@forum/web/data-access-graphql';
import { EdgeErrorReason, QnaErrorReason, questionLimits } from '@forum/shared/domain';
import { useFormatters } from '@forum/web/i18n';
import { Button, TextAreaField } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { AddCommentMutation } from '../../graphql/AddComment';
import { DeleteCommentMutation } from '../../graphql/DeleteComment';
import { useMentions } from '../../hooks/useMentions';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { mayDeleteComment, type QnaViewer } from '../../utils/permissions';
import { localError, toQnaError, type QnaError } from '../../utils/qnaError';
import { AuthorName } from '../common/AuthorName';
import { PostFlag } from '../common/PostFlag';
import { LinkifiedText } from '../common/LinkifiedText';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { RelativeTime } from '../common/RelativeTime';
import { ConfirmDialog } from './ConfirmDialog';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    author {
      id
      displayName
      ...AuthorFields
    }
  }
`);

/** The API's lower limit for a comment (its upper one is shared: questionLimits.commentMax). */
const COMMENT_MIN = 2;

// Comments are asked for again after a change: deleting returns no comment to invalidate with.
const refetchQuestion = { additionalTypenames: ['Question', 'Comment'] };

export interface CommentThreadProps {
  comments: readonly FragmentType<typeof CommentFields>[];
  /** The post the comments belong to. */
  parent: { questionId: string } | { answerId: string };
  viewer: QnaViewer | null;
  canComment: boolean;
  /** The question of the thread: its participants come first among @mentions. */
  questionId?: string;
}

/** Short plain-text remarks under a post, oldest first, and a form to add one. */
export function CommentThread({
  comments: commentRefs,
  parent,
  viewer,
  canComment,
  questionId,
}: CommentThreadProps) {
  const { t } = useQnaTranslation();
  const comments = useFragment(CommentFields, commentRefs);
  const [adding, setAdding] = useState(false);

  if (comments.length === 0 && !canComment) return null;
  return (
    <div className="forum-comments">
      {comments.length > 0 ? (
        <ul className="forum-comments__list" aria-label={t('comments.label')}>
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              canDelete={mayDeleteComment(viewer, { authorId: comment.author.id })}
              viewer={viewer}
            />
          ))}
        </ul>
      ) : null}
      {canComment ? (
        adding ? (
          <CommentForm parent={parent} questionId={questionId} onDone={() => setAdding(false)} />
        ) : (
          <Button variant="quiet" onClick={() => setAdding(true)}>
            {t('comments.add')}
          </Button>
        )
      ) : null}
    </div>
  );
}

function CommentItem({
  comment,
  canDelete,
  viewer,
}: {
  comment: CommentFieldsFragment;
  canDelete: boolean;
  viewer: QnaViewer | null;
}) {
  const { t } = useQnaTranslation();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, deleteComment] = useMutation(DeleteCommentMutation);
  const name = comment.author.displayName;

  const onDelete = async () => {
    const result = await deleteComment({ input: { id: comment.id } }, refetchQuestion);
    if (!result.error) setConfirming(false);
  };

  return (
    <li className="forum-comment" data-testid={`comment-${comment.id}`}>
      <p className="forum-comment__body">
        <LinkifiedText text={comment.body} />
      </p>
      <p className="forum-comment__meta">
        <AuthorName author={comment.author} /> <RelativeTime value={comment.createdAt} />
        {canDelete ? (
          <>
            {' '}
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              {t('comments.delete')}
              <span className="forum-visually-hidden">
                {' '}
                ({t('comments.deleteLabel', { name })})
              </span>
            </Button>
          </>
        ) : null}{' '}
        <PostFlag
          viewer={viewer}
          authorId={comment.author.id}
          targetKind="COMMENT"
          targetId={comment.id}
        />
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('dialogs.deleteCommentTitle')}
        confirmLabel={t('dialogs.delete')}
        busy={fetching}
        error={toQnaError(error)}
        onConfirm={() => void onDelete()}
        onClose={() => setConfirming(false)}
      >
        {t('dialogs.deleteCommentBody')}
      </ConfirmDialog>
    </li>
  );
}

function CommentForm({
  parent,
  questionId,
  onDone,
}: {
  parent: CommentThreadProps['parent'];
  questionId: string | undefined;
  onDone: () => void;
}) {
  const { t } = useQnaTranslation();
  const [body, setBody] = useState('');
  const mentions = useMentions({ value: body, onChange: setBody, questionId });
  const [checked, setChecked] = useState<QnaError>();
  const [{ fetching, error }, addComment] = useMutation(AddCommentMutation);
  const failure = checked ?? toQnaError(error);
  const length = body.trim().length;
  const format = useFormatters();
  const limits = { min: COMMENT_MIN, max: questionLimits.commentMax };
  const fieldError =
    failure?.reason === EdgeErrorReason.ValidationFailed ||
    failure?.reason === QnaErrorReason.InvalidComment
      ? t('fieldErrors.commentLength', limits)
      : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (length < limits.min || length > limits.max) {
      setChecked(localError(EdgeErrorReason.ValidationFailed, ['body']));
      return;
    }
    setChecked(undefined);
    const result = await addComment({ input: { ...parent, body: body.trim() } }, refetchQuestion);
    if (result.data) onDone();
  };

  return (
    <form
      className="forum-form forum-comment-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {failure && !fieldError ? <QnaErrorAlert error={failure} /> : null}
      <div className="forum-mentions__anchor">
        <TextAreaField
          {...mentions.textareaProps}
          label={t('fields.comment')}
          hint={`${t('fields.commentHint', { max: limits.max })} ${t('fields.counter', {
            current: format.number(length),
            max: format.number(limits.max),
          })}`}
          name="comment"
          rows={3}
          value={body}
          error={fieldError}
          autoFocus
        />
        {mentions.listbox}
      </div>
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('comments.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('comments.cancel')}
        </Button>
      </div>
    </form>
  );
}
