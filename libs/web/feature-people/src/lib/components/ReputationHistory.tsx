import { useQuery } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Button } from '@forum/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { ReputationHistoryQuery } from '../graphql/ReputationHistory';
import { usePeopleTranslation } from '../hooks/usePeopleTranslation';

type Reason =
  | 'question_upvote'
  | 'question_downvote'
  | 'answer_upvote'
  | 'answer_downvote'
  | 'downvote_cast'
  | 'answer_accepted'
  | 'solution_marked';
type Action = 'applied' | 'withdrawn' | 'post_deleted' | 'post_restored';

function HistoryPage({
  userId,
  after,
  onMore,
}: {
  userId: string;
  after: string | null;
  onMore: (cursor: string) => void;
}) {
  const { t } = usePeopleTranslation();
  const { number, date } = useFormatters();
  const [{ data }] = useQuery({ query: ReputationHistoryQuery, variables: { userId, after } });
  if (!data) return null;
  const page = data.reputationHistory;
  if (!after && page.edges.length === 0) return <p>{t('profile.noHistory')}</p>;
  return (
    <>
      {page.edges.map(({ node }) => {
        const action = node.action.toLowerCase() as Action;
        const reason = t(`reasons.${node.reason.toLowerCase() as Reason}`);
        const hash = node.answerId ? `#answer-${node.answerId}` : '';
        return (
          <tr key={node.id}>
            <td
              className={`forum-people-table__number forum-people-delta--${node.delta > 0 ? 'up' : 'down'}`}
            >
              {node.delta > 0 ? '+' : '−'}
              {number(Math.abs(node.delta))}
            </td>
            <td>{action === 'applied' ? reason : `${reason} (${t(`actions.${action}`)})`}</td>
            <td>
              <Link to={`/questions/${node.questionId}${hash}`}>{node.questionTitle}</Link>
            </td>
            <td>{date(node.createdAt)}</td>
          </tr>
        );
      })}
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <tr>
          <td colSpan={4}>
            <Button variant="secondary" onClick={() => onMore(page.pageInfo.endCursor!)}>
              {t('profile.more')}
            </Button>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Every change of a person's reputation, newest first, a page at a time. */
export function ReputationHistory({ userId }: { userId: string }) {
  const { t } = usePeopleTranslation();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <section aria-labelledby="profile-history">
      <h2 id="profile-history">{t('profile.history')}</h2>
      <table className="forum-people-table">
        <tbody>
          {cursors.map((after, i) => (
            <HistoryPage
              key={after ?? 'first'}
              userId={userId}
              after={after}
              onMore={(cursor) => setCursors((all) => [...all.slice(0, i + 1), cursor])}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
