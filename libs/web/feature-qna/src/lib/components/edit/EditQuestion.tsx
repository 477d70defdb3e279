import { ClientErrorReason, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly, type Viewer } from '@forum/web/data-access-session';
import { buttonClassName } from '@forum/web/ui';
import { Link, useNavigate } from 'react-router';
import { EditQuestionMutation } from '../../graphql/EditQuestion';
import { QuestionForEditQuery } from '../../graphql/QuestionForEdit';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { questionPermissions } from '../../utils/permissions';
import { questionPath } from '../../utils/questionPath';
import { toQnaError, localError } from '../../utils/qnaError';
import { QuestionForm, type QuestionDraft } from '../ask/QuestionForm';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { QuestionNotFound } from '../common/QuestionNotFound';
import { CannotEdit } from './CannotEdit';
import '../common/common.css';

export interface EditQuestionProps {
  id: string;
}

/** `/questions/:id/edit`: title, tags and details; the previous text is kept as a revision. */
export function EditQuestion({ id }: EditQuestionProps) {
  return (
    <SignedInOnly
      returnTo={`/questions/${id}/edit`}
      unreachable={<QnaErrorAlert error={localError(ClientErrorReason.Network)} />}
    >
      {(viewer) => <EditQuestionPage id={id} viewer={viewer} />}
    </SignedInOnly>
  );
}

// The text to edit must be the latest, not what the cache held when the page was last seen.
const fresh = { requestPolicy: 'network-only' } as const;

function EditQuestionPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t } = useQnaTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({
    query: QuestionForEditQuery,
    variables: { id },
    ...fresh,
  });
  const [saveState, save] = useMutation(EditQuestionMutation);

  if (!data) {
    if (error) return <QnaErrorAlert error={toQnaError(error)} />;
    return fetching ? <p role="status">{t('loading')}</p> : null;
  }
  const question = data.question;
  if (!question || question.isDeleted) return <QuestionNotFound />;
  const may = questionPermissions(viewer, { ...question, authorId: question.author.id });
  if (!may.edit) return <CannotEdit backTo={questionPath(question)} />;

  const onSubmit = async ({ title, body, tags }: QuestionDraft) => {
    const result = await save({ input: { id, title, body, tags } });
    if (result.data) await navigate(questionPath(result.data.editQuestion));
  };

  return (
    <div className="forum-qna-page forum-qna-page--narrow">
      <QnaPageTitle page={t('documentTitle.editQuestion')} />
      <meta name="robots" content="noindex" />
      <h1 className="forum-qna-page__title">{t('edit.questionTitle')}</h1>
      <QuestionForm
        questionId={question.id}
        initial={{
          title: question.title,
          body: question.body,
          tags: [...question.tags],
          productId: '',
          language: 'EN',
        }}
        submitLabel={t('edit.submit')}
        busy={saveState.fetching}
        serverError={toQnaError(saveState.error)}
        onSubmit={(draft) => void onSubmit(draft)}
        secondaryAction={
          <Link className={buttonClassName('secondary')} to={questionPath(question)}>
            {t('edit.cancel')}
          </Link>
        }
      />
    </div>
  );
}
