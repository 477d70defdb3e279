import { EdgeErrorReason, questionLimits } from '@forum/shared/domain';
import { useFormatters } from '@forum/web/i18n';
import { ClientErrorReason, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly, type Viewer } from '@forum/web/data-access-session';
import { Alert, Button, buttonClassName } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { AnswerForEditQuery } from '../../graphql/AnswerForEdit';
import { EditAnswerMutation } from '../../graphql/EditAnswer';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { answerPermissions } from '../../utils/permissions';
import { answerAnchor, questionPath } from '../../utils/questionPath';
import { localError, toQnaError, type QnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { QuestionNotFound } from '../common/QuestionNotFound';
import { MarkdownEditor } from '../markdown/MarkdownEditor';
import { CannotEdit } from './CannotEdit';
import '../common/common.css';
import '../ask/QuestionForm.css';

export interface EditAnswerProps {
  questionId: string;
  answerId: string;
}

/** `/questions/:id/answers/:answerId/edit`; the previous text is kept as a revision. */
export function EditAnswer({ questionId, answerId }: EditAnswerProps) {
  return (
    <SignedInOnly
      returnTo={`/questions/${questionId}/answers/${answerId}/edit`}
      unreachable={<QnaErrorAlert error={localError(ClientErrorReason.Network)} />}
    >
      {(viewer) => <EditAnswerPage questionId={questionId} answerId={answerId} viewer={viewer} />}
    </SignedInOnly>
  );
}

function EditAnswerPage({ questionId, answerId, viewer }: EditAnswerProps & { viewer: Viewer }) {
  const { t } = useQnaTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: AnswerForEditQuery,
    variables: { questionId },
    requestPolicy: 'network-only',
  });

  if (!data) {
    if (error) return <QnaErrorAlert error={toQnaError(error)} />;
    return fetching ? <p role="status">{t('loading')}</p> : null;
  }
  const question = data.question;
  if (!question || question.isDeleted) return <QuestionNotFound />;
  const answer = question.answers.find((candidate) => candidate.id === answerId);
  if (!answer) return <Alert tone="info" title={t('edit.answerMissing')} />;
  const may = answerPermissions(
    viewer,
    { authorId: answer.author.id },
    { authorId: question.author.id, isDeleted: question.isDeleted },
  );
  const backTo = `${questionPath(question)}#${answerAnchor(answer.id)}`;
  if (!may.edit) return <CannotEdit backTo={backTo} />;

  return (
    <div className="forum-qna-page forum-qna-page--narrow">
      <QnaPageTitle page={t('documentTitle.editAnswer')} />
      <meta name="robots" content="noindex" />
      <div>
        <h1 className="forum-qna-page__title">{t('edit.answerTitle')}</h1>
        <p className="forum-qna-page__lead">
          <Link to={backTo}>{t('edit.answerTo', { title: question.title })}</Link>
        </p>
      </div>
      <AnswerEditForm
        questionId={question.id}
        answerId={answer.id}
        initialBody={answer.body}
        backTo={backTo}
      />
    </div>
  );
}

function AnswerEditForm({
  questionId,
  answerId,
  initialBody,
  backTo,
}: {
  questionId: string;
  answerId: string;
  initialBody: string;
  backTo: string;
}) {
  const { t } = useQnaTranslation();
  const navigate = useNavigate();
  const [body, setBody] = useState(initialBody);
  const [checked, setChecked] = useState<QnaError>();
  const [{ fetching, error }, save] = useMutation(EditAnswerMutation);
  const failure = checked ?? toQnaError(error);
  const format = useFormatters();
  const limits = { min: questionLimits.answerBodyMin, max: questionLimits.bodyMax };
  // For messages: "30,000" / "30.000".
  const shownLimits = { min: format.number(limits.min), max: format.number(limits.max) };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const length = body.trim().length;
    if (length < limits.min || length > limits.max) {
      setChecked(localError(EdgeErrorReason.ValidationFailed, ['body']));
      return;
    }
    setChecked(undefined);
    const result = await save({ input: { id: answerId, body } });
    if (result.data) await navigate(backTo);
  };

  return (
    <form
      className="forum-form forum-question-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <QnaErrorAlert error={failure} />
      <MarkdownEditor
        label={t('fields.answerText')}
        hint={t('fields.answerHint', { min: shownLimits.min })}
        name="answer"
        value={body}
        onChange={setBody}
        minLength={limits.min}
        maxLength={limits.max}
        rows={14}
        questionId={questionId}
        error={
          failure?.reason === EdgeErrorReason.ValidationFailed
            ? t('fieldErrors.answerLength', shownLimits)
            : undefined
        }
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('edit.submit')}
        </Button>
        <Link className={buttonClassName('secondary')} to={backTo}>
          {t('edit.cancel')}
        </Link>
      </div>
    </form>
  );
}
