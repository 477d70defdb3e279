import { EdgeErrorReason, questionLimits } from '@forum/shared/domain';
import { useFormatters } from '@forum/web/i18n';
import { useMutation } from '@forum/web/data-access-graphql';
import { Alert, Button } from '@forum/web/ui';
import { useState, type FormEvent } from 'react';
import { PostAnswerMutation } from '../../graphql/PostAnswer';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { localError, toQnaError, type QnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';
import { MarkdownEditor } from '../markdown/MarkdownEditor';

// A question with no answers yet holds no Answer the document cache could invalidate.
const refetchQuestion = { additionalTypenames: ['Question', 'Answer'] };

export interface AnswerFormProps {
  questionId: string;
}

/** "Your answer", at the bottom of the question page, with a preview. */
export function AnswerForm({ questionId }: AnswerFormProps) {
  const { t } = useQnaTranslation();
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState<QnaError>();
  const [posted, setPosted] = useState(false);
  const [{ fetching, error }, postAnswer] = useMutation(PostAnswerMutation);
  const failure = checked ?? toQnaError(error);
  const format = useFormatters();
  const limits = { min: questionLimits.answerBodyMin, max: questionLimits.bodyMax };
  // For messages: "30,000" / "30.000".
  const shownLimits = { min: format.number(limits.min), max: format.number(limits.max) };
  const fieldError =
    failure?.reason === EdgeErrorReason.ValidationFailed
      ? t('fieldErrors.answerLength', shownLimits)
      : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPosted(false);
    const length = body.trim().length;
    if (length < limits.min || length > limits.max) {
      setChecked(localError(EdgeErrorReason.ValidationFailed, ['body']));
      return;
    }
    setChecked(undefined);
    const result = await postAnswer({ input: { questionId, body } }, refetchQuestion);
    if (result.data) {
      setBody('');
      setPosted(true);
    }
  };

  return (
    <form
      className="forum-form forum-answer-form"
      aria-labelledby="answer-form-title"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 className="forum-answer-form__title" id="answer-form-title">
        {t('question.answerHeading')}
      </h2>
      {posted ? <Alert tone="success">{t('question.answerPosted')}</Alert> : null}
      <QnaErrorAlert error={failure} />
      <MarkdownEditor
        label={t('fields.answer')}
        hint={t('fields.answerHint', { min: shownLimits.min })}
        name="answer"
        value={body}
        onChange={setBody}
        questionId={questionId}
        minLength={limits.min}
        maxLength={limits.max}
        error={fieldError}
      />
      <div className="forum-form__actions">
        <Button type="submit" busy={fetching}>
          {t('question.postAnswer')}
        </Button>
      </div>
    </form>
  );
}
