import { useMutation } from '@forum/web/data-access-graphql';
import { Alert, Button } from '@forum/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  LinkQuestionToIdeaMutation,
  UnlinkQuestionFromIdeaMutation,
} from '../../graphql/IdeaCuration';
import { useCurationError } from '../../hooks/useCurationError';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { type PickedPost, PostPicker } from './PostPicker';

export interface LinkQuestionPanelProps {
  ideaId: string;
  askerCount: number;
  linkedQuestions: ReadonlyArray<{ id: string; title: string; slug: string }>;
}

/** Experts and product managers link questions that ask for the idea, or remove a link. */
export function LinkQuestionPanel({ ideaId, askerCount, linkedQuestions }: LinkQuestionPanelProps) {
  const { t } = useIdeasTranslation();
  const errorText = useCurationError();
  const [question, setQuestion] = useState<PickedPost>();
  const [message, setMessage] = useState<string>();
  const [linkState, link] = useMutation(LinkQuestionToIdeaMutation);
  const [unlinkState, unlink] = useMutation(UnlinkQuestionFromIdeaMutation);
  const failure = linkState.error ?? unlinkState.error;

  const confirm = async () => {
    if (!question) return;
    const result = await link({ input: { ideaId, questionId: question.id } });
    if (!result.data) return;
    setMessage(t('curate.link.linked', { title: question.title }));
    setQuestion(undefined);
  };

  const remove = async (id: string, title: string) => {
    const result = await unlink({ input: { ideaId, questionId: id } });
    if (result.data) setMessage(t('curate.link.unlinked', { title }));
  };

  return (
    <section className="idea-panel curate-panel" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('page.questions')}</h2>
      {linkedQuestions.length > 0 ? <p>{t('page.askers', { count: askerCount })}</p> : null}
      {linkedQuestions.length > 0 ? (
        <ul className="curate-list" aria-label={t('page.questions')}>
          {linkedQuestions.map((linked) => (
            <li key={linked.id}>
              <Link to={`/questions/${linked.id}/${linked.slug}`}>{linked.title}</Link>
              <Button
                variant="quiet"
                busy={unlinkState.fetching}
                onClick={() => void remove(linked.id, linked.title)}
              >
                {t('curate.link.unlink')}
                <span className="forum-visually-hidden"> {linked.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('curate.link.none')}</p>
      )}
      <h3 id="link-title">{t('curate.link.title')}</h3>
      <PostPicker
        type="QUESTION"
        label={t('curate.link.search')}
        exclude={linkedQuestions.map((linked) => linked.id)}
        picked={question}
        onPick={setQuestion}
      />
      <div>
        <Button
          type="button"
          disabled={!question}
          busy={linkState.fetching}
          onClick={() => void confirm()}
        >
          {t('curate.link.submit')}
        </Button>
      </div>
      {failure ? <Alert tone="error">{errorText(failure)}</Alert> : null}
      {message && !failure ? <Alert tone="success">{message}</Alert> : null}
    </section>
  );
}
