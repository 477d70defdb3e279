import { type IdeaStatus, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { Button, TextField } from '@forum/web/ui';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import {
  LinkIdeaFromQuestionMutation,
  QuestionIdeaSearchQuery,
  UnlinkIdeaFromQuestionMutation,
} from '../../graphql/QuestionIdeas';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';

export interface QuestionIdeasProps {
  questionId: string;
  ideas: ReadonlyArray<{ id: string; title: string; status: IdeaStatus }>;
  /** Staff who link questions to ideas (experts, product managers, admins). */
  canLink: boolean;
}

/** The feature ideas this question asks for; staff link it to another one or remove a link. */
export function QuestionIdeas({ questionId, ideas, canLink }: QuestionIdeasProps) {
  const { t } = useQnaTranslation();
  const [unlinkState, unlink] = useMutation(UnlinkIdeaFromQuestionMutation);
  if (ideas.length === 0 && !canLink) return null;

  return (
    <aside className="forum-question__ideas" aria-labelledby="question-ideas">
      <h2 id="question-ideas">{t('question.ideas.title')}</h2>
      {ideas.length > 0 ? (
        <ul>
          {ideas.map((idea) => (
            <li key={idea.id}>
              <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>{' '}
              <span className="forum-question__idea-status">
                {t(`question.ideas.status.${idea.status}`)}
              </span>
              {canLink ? (
                <Button
                  variant="quiet"
                  busy={unlinkState.fetching}
                  onClick={() => void unlink({ input: { ideaId: idea.id, questionId } })}
                >
                  {t('question.ideas.unlink')}
                  <span className="forum-visually-hidden"> {idea.title}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('question.ideas.none')}</p>
      )}
      <QnaErrorAlert error={toQnaError(unlinkState.error)} />
      {canLink ? (
        <LinkIdeaForm questionId={questionId} linked={ideas.map((idea) => idea.id)} />
      ) : null}
    </aside>
  );
}

function LinkIdeaForm({ questionId, linked }: { questionId: string; linked: string[] }) {
  const { t } = useQnaTranslation();
  const legendId = useId();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string>();
  const [{ data, error, fetching }] = useQuery({
    query: QuestionIdeaSearchQuery,
    variables: { query },
    pause: query === '',
  });
  const [linkState, link] = useMutation(LinkIdeaFromQuestionMutation);
  const hits = (data?.search.hits ?? [])
    .map((hit) => hit.idea)
    .filter((idea): idea is NonNullable<typeof idea> => idea != null && !linked.includes(idea.id));

  const confirm = async () => {
    if (!picked) return;
    const result = await link({ input: { ideaId: picked, questionId } });
    if (result.data) {
      setPicked(undefined);
      setQuery('');
      setDraft('');
    }
  };

  return (
    <div className="forum-question__link-idea">
      <h3>{t('question.ideas.linkTitle')}</h3>
      <form
        className="forum-question__idea-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setPicked(undefined);
          setQuery(draft.trim());
        }}
      >
        <TextField
          type="search"
          label={t('question.ideas.search')}
          value={draft}
          required
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" variant="secondary" busy={fetching}>
          {t('question.ideas.searchSubmit')}
        </Button>
      </form>
      {query ? <QnaErrorAlert error={toQnaError(error)} /> : null}
      {query && data && hits.length === 0 ? (
        <p role="status">{t('question.ideas.noHits')}</p>
      ) : null}
      {hits.length > 0 ? (
        <fieldset className="forum-question__idea-hits" aria-labelledby={legendId}>
          <legend id={legendId}>{t('question.ideas.choose')}</legend>
          {hits.map((idea) => (
            <label key={idea.id}>
              <input
                type="radio"
                name={`${legendId}-idea`}
                value={idea.id}
                checked={picked === idea.id}
                onChange={() => setPicked(idea.id)}
              />
              <span>{idea.title}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div>
        <Button disabled={!picked} busy={linkState.fetching} onClick={() => void confirm()}>
          {t('question.ideas.link')}
        </Button>
      </div>
      <QnaErrorAlert error={toQnaError(linkState.error)} />
    </div>
  );
}
