import { useQuery } from '@forum/web/data-access-graphql';
import { useViewer } from '@forum/web/data-access-session';
import { Alert } from '@forum/web/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { useSupportTranslation } from '../hooks/useSupportTranslation';
import { isDeskStaff } from '../utils/clock';
import { QuestionRoutingSuggestionsQuery } from './RoutingSuggestions.graphql';
import { routingExplanation } from './routingExplanation';
import './RoutingSuggestions.css';

export interface RoutingSuggestionsProps {
  questionId: string;
}

/**
 * "Suggested experts" on the question page for staff: the people who solved similar questions,
 * staff first and trusted community members apart, each with why. Nothing (and no request) for
 * everyone else.
 */
export function RoutingSuggestions({ questionId }: RoutingSuggestionsProps) {
  const { viewer } = useViewer();
  if (!isDeskStaff(viewer?.role)) return null;
  return <SuggestionsBox questionId={questionId} />;
}

function SuggestionsBox({ questionId }: RoutingSuggestionsProps) {
  const { t } = useSupportTranslation();
  const headingId = useId();
  const [{ data, error }] = useQuery({
    query: QuestionRoutingSuggestionsQuery,
    variables: { id: questionId },
  });
  const suggestions = data?.question?.routingSuggestions ?? [];
  if (!data && !error) return null;
  const groups = [
    { key: 'experts', audience: 'EXPERT' },
    { key: 'community', audience: 'COMMUNITY' },
  ] as const;

  return (
    <aside className="forum-routing" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('routing.title')}</h2>
      <p className="forum-routing__lead">{t('routing.lead')}</p>
      {error ? <Alert tone="error">{t('routing.failed')}</Alert> : null}
      {data && suggestions.length === 0 ? <p>{t('routing.none')}</p> : null}
      {groups.map(({ key, audience }) => {
        const members = suggestions.filter((suggestion) => suggestion.audience === audience);
        if (members.length === 0) return null;
        return (
          <section key={key} aria-labelledby={`${headingId}-${key}`}>
            <h3 id={`${headingId}-${key}`}>{t(`routing.${key}`)}</h3>
            <ol className="forum-routing__list">
              {members.map((suggestion) => (
                <li key={suggestion.user.id} className="forum-routing__item">
                  <Link to={`/users/${suggestion.user.id}`}>{suggestion.user.displayName}</Link>{' '}
                  <span className="forum-routing__badge">{t(`routing.badge.${audience}`)}</span>{' '}
                  <span className="forum-routing__reason">{routingExplanation(t, suggestion)}</span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </aside>
  );
}
