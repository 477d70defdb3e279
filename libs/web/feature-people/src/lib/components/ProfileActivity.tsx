import { useQuery } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Button } from '@forum/web/ui';
import { useId, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ProfileAnswersQuery, ProfileQuestionsQuery } from '../graphql/ProfileActivity';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';

type Tab = 'questions' | 'answers';
const tabs: readonly Tab[] = ['questions', 'answers'];
type State = 'open' | 'answered' | 'solved' | 'closed';
const arrowSteps: Partial<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1 };

interface PageProps {
  authorId: string;
  after: string | null;
  /** Only the last loaded page offers more. */
  last: boolean;
  onMore: (cursor: string) => void;
}

function StateMark({ state }: { state: string }) {
  const { t } = usePeopleTranslation();
  const key = state.toLowerCase() as State;
  return (
    <span className={`forum-activity__state forum-activity__state--${key}`}>
      {t(`activity.states.${key}`)}
    </span>
  );
}

function HiddenMark({ reason }: { reason: string | null | undefined }) {
  const { t } = usePeopleTranslation();
  return reason ? <span className="forum-activity__hidden">{t('activity.hidden')}</span> : null;
}

function MoreButton({ cursor, onMore }: { cursor: string | null; onMore: (c: string) => void }) {
  const { t } = usePeopleTranslation();
  return cursor ? (
    <li className="forum-activity__more">
      <Button variant="secondary" onClick={() => onMore(cursor)}>
        {t('profile.more')}
      </Button>
    </li>
  ) : null;
}

function QuestionsPage({ authorId, after, last, onMore }: PageProps) {
  const { t } = usePeopleTranslation();
  const { date, number } = useFormatters();
  const [{ data, error }] = useQuery({
    query: ProfileQuestionsQuery,
    variables: { authorId, after },
  });
  if (!data) return error ? <li role="alert">{t('error')}</li> : null;
  const page = data.questions;
  if (!after && page.edges.length === 0) return <li>{t('activity.noQuestions')}</li>;
  return (
    <>
      {page.edges.map(({ node }) => (
        <li key={node.id} className="forum-activity__item">
          <Link to={`/questions/${node.id}/${node.slug}`}>{node.title}</Link>
          <span className="forum-activity__meta">
            <StateMark state={node.state} />
            <HiddenMark reason={node.hiddenReason} />
            <span>
              {t('activity.answerCount', { count: node.answerCount, n: number(node.answerCount) })}
            </span>
            <span>{date(node.createdAt)}</span>
          </span>
        </li>
      ))}
      <MoreButton
        cursor={last && page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null}
        onMore={onMore}
      />
    </>
  );
}

function AnswersPage({ authorId, after, last, onMore }: PageProps) {
  const { t } = usePeopleTranslation();
  const { date } = useFormatters();
  const [{ data, error }] = useQuery({
    query: ProfileAnswersQuery,
    variables: { authorId, after },
  });
  if (!data) return error ? <li role="alert">{t('error')}</li> : null;
  const page = data.answers;
  if (!after && page.edges.length === 0) return <li>{t('activity.noAnswers')}</li>;
  return (
    <>
      {page.edges.map(({ node }) =>
        node.question ? (
          <li key={node.id} className="forum-activity__item">
            <Link to={`/questions/${node.question.id}/${node.question.slug}#answer-${node.id}`}>
              {node.question.title}
            </Link>
            <span className="forum-activity__meta">
              {node.isAccepted ? (
                <span className="forum-activity__accepted">{t('activity.accepted')}</span>
              ) : null}
              <StateMark state={node.question.state} />
              <HiddenMark reason={node.hiddenReason} />
              <span>{date(node.createdAt)}</span>
            </span>
          </li>
        ) : null,
      )}
      <MoreButton
        cursor={last && page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null}
        onMore={onMore}
      />
    </>
  );
}

/**
 * A person's questions and answers on their profile, in two tabs; the tab is in the address
 * (`?tab=answers`), so "My answers" in the account menu opens it directly.
 */
export function ProfileActivity({ userId }: { userId: string }) {
  const { t } = usePeopleTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const current: Tab = params.get('tab') === 'answers' ? 'answers' : 'questions';
  // One cursor per loaded page; a new person or tab starts again at the first page.
  const [cursors, setCursors] = useState<{ key: string; list: Array<string | null> }>({
    key: '',
    list: [null],
  });
  const key = `${userId}:${current}`;
  const pages = cursors.key === key ? cursors.list : [null];
  const more = (cursor: string) => setCursors({ key, list: [...pages, cursor] });

  const select = (tab: Tab, focus = false) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('tab', tab);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
    if (focus) document.getElementById(`${id}-${tab}-tab`)?.focus();
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = arrowSteps[event.key];
    if (step === undefined && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = tabs.indexOf(current);
    const next =
      event.key === 'Home'
        ? tabs[0]
        : event.key === 'End'
          ? tabs[tabs.length - 1]
          : tabs[(index + (step ?? 0) + tabs.length) % tabs.length];
    if (next) select(next, true);
  };

  const Page = current === 'answers' ? AnswersPage : QuestionsPage;
  return (
    <section aria-labelledby={`${id}-heading`} className="forum-activity">
      <h2 id={`${id}-heading`}>{t('activity.title')}</h2>
      <div role="tablist" aria-labelledby={`${id}-heading`} className="forum-activity__tabs">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            aria-selected={current === tab}
            aria-controls={`${id}-panel`}
            tabIndex={current === tab ? 0 : -1}
            className="forum-activity__tab"
            onClick={() => select(tab)}
            onKeyDown={onKey}
          >
            {t(`activity.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${current}-tab`}>
        <ul className="forum-activity__list">
          {pages.map((after, i) => (
            <Page
              key={after ?? 'first'}
              authorId={userId}
              after={after}
              last={i === pages.length - 1}
              onMore={more}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}
