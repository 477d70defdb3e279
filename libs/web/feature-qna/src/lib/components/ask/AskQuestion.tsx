import { ClientErrorReason, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useLanguage } from '@forum/web/i18n';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AskQuestionMutation } from '../../graphql/AskQuestion';
import { ProductsQuery } from '../../graphql/Products';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { newDraftId } from '../../utils/draftId';
import { questionPath } from '../../utils/questionPath';
import { toQnaError, localError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { QuestionForm, type QuestionDraft } from './QuestionForm';
import { SimilarQuestions } from './SimilarQuestions';
import '../common/common.css';

/** `/questions/ask`, for signed-in people; visitors are sent to sign in first. */
export function AskQuestion() {
  return (
    <SignedInOnly
      returnTo="/questions/ask"
      unreachable={<QnaErrorAlert error={localError(ClientErrorReason.Network)} />}
    >
      {() => <AskQuestionPage />}
    </SignedInOnly>
  );
}

function AskQuestionPage() {
  const { t } = useQnaTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [{ data: productData, error: productError }] = useQuery({
    query: ProductsQuery,
    requestPolicy: 'cache-first',
  });
  const [{ fetching, error }, ask] = useMutation(AskQuestionMutation);
  // One per visit: ties the suggestions opened here to the question posted, if any.
  const [draftId] = useState(newDraftId);

  const onSubmit = async ({ title, body, tags, productId, language: locale }: QuestionDraft) => {
    const result = await ask({
      input: { title, body, tags, productId, language: locale, draftId },
    });
    if (result.data) await navigate(questionPath(result.data.askQuestion));
  };

  return (
    <div className="forum-qna-page forum-qna-page--narrow">
      <QnaPageTitle page={t('documentTitle.ask')} />
      <div>
        <h1 className="forum-qna-page__title">{t('ask.title')}</h1>
        <p className="forum-qna-page__lead">{t('ask.lead')}</p>
      </div>
      {productError && !productData ? <QnaErrorAlert error={toQnaError(productError)} /> : null}
      <QuestionForm
        initial={{
          title: '',
          body: '',
          tags: [],
          productId: '',
          language: language === 'de' ? 'DE' : 'EN',
        }}
        products={productData?.products ?? []}
        submitLabel={t('ask.submit')}
        busy={fetching}
        serverError={toQnaError(error)}
        onSubmit={(draft) => void onSubmit(draft)}
        belowTitle={({ title, body }) => (
          <SimilarQuestions title={title} body={body} draftId={draftId} />
        )}
      />
    </div>
  );
}
