import { ClientErrorReason, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useLanguage } from '@forum/web/i18n';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AskQuestionMutation } from '../../graphql/AskQuestion';
import { SetQuestionPrivateDetailsMutation } from '../../graphql/SetQuestionPrivateDetails';
import { ProductsQuery } from '../../graphql/Products';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { newDraftId } from '../../utils/draftId';
import { questionPath } from '../../utils/questionPath';
import { toQnaError, localError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { QnaPageTitle } from '../common/QnaPageTitle';
import { PrivateDetailsField, privateDetailsTooLong } from '../private-details/PrivateDetailsField';
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
  const [{ fetching: savingPrivate }, setPrivateDetails] = useMutation(
    SetQuestionPrivateDetailsMutation,
  );
  // One per visit: ties the suggestions opened here to the question posted, if any.
  const [draftId] = useState(newDraftId);
  const [privateDetails, setPrivateDetailsDraft] = useState('');
  const [privateTooLong, setPrivateTooLong] = useState(false);

  const onSubmit = async ({ title, body, tags, productId, language: locale }: QuestionDraft) => {
    const tooLong = privateDetailsTooLong(privateDetails);
    setPrivateTooLong(tooLong);
    if (tooLong) return;
    const result = await ask({
      input: { title, body, tags, productId, language: locale, draftId },
    });
    if (!result.data) return;
    const asked = result.data.askQuestion;
    // A second request: the question is posted even when this one fails, and its page then
    // offers the text to be saved again.
    if (privateDetails.trim() !== '') {
      const saved = await setPrivateDetails({
        input: { questionId: asked.id, body: privateDetails },
      });
      if (saved.error) {
        await navigate(questionPath(asked), { state: { unsavedPrivateDetails: privateDetails } });
        return;
      }
    }
    await navigate(questionPath(asked));
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
        busy={fetching || savingPrivate}
        serverError={toQnaError(error)}
        onSubmit={(draft) => void onSubmit(draft)}
        belowTitle={({ title, body }) => (
          <SimilarQuestions title={title} body={body} draftId={draftId} />
        )}
        belowBody={
          <PrivateDetailsField
            value={privateDetails}
            onChange={setPrivateDetailsDraft}
            error={privateTooLong ? t('errors.PRIVATE_DETAILS_TOO_LONG') : undefined}
          />
        }
      />
    </div>
  );
}
