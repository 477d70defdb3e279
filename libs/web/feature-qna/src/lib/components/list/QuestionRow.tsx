import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import type { QuestionSort } from '../../utils/listParams';
import { questionPath } from '../../utils/questionPath';
import { AuthorName } from '../common/AuthorName';
import { QuestionStateBadge } from '../common/QuestionStateBadge';
import { RelativeTime } from '../common/RelativeTime';
import { TagList } from '../common/TagList';

export const QuestionRowFields = graphql(`
  fragment QuestionRowFields on Question {
    id
    slug
    title
    language
    state
    score
    answerCount
    pinnedAt
    hiddenReason
    tags
    createdAt
    lastActivityAt
    product {
      id
      name
    }
    author {
      ...AuthorFields
    }
  }
`);

export interface QuestionRowProps {
  question: FragmentType<typeof QuestionRowFields>;
  sort: QuestionSort;
}

/** One question in the list: votes and answers, title, tags, product area, who asked when. */
export function QuestionRow({ question: questionRef, sort }: QuestionRowProps) {
  const { t } = useQnaTranslation();
  const question = useFragment(QuestionRowFields, questionRef);
  const solved = question.state === 'SOLVED';
  const answersClass = [
    'forum-question-row__answers',
    solved ? 'forum-question-row__answers--solved' : null,
    !solved && question.answerCount > 0 ? 'forum-question-row__answers--answered' : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className="forum-question-row" data-testid={`question-${question.id}`}>
      <div className="forum-question-row__stats">
        <span className="forum-question-row__votes">
          {t('list.row.votes', { count: question.score })}
        </span>
        <span className={answersClass}>
          {solved ? <span className="forum-visually-hidden">{t('list.row.solved')}: </span> : null}
          {t('list.row.answers', { count: question.answerCount })}
        </span>
      </div>
      <div className="forum-question-row__main">
        <h2 className="forum-question-row__title" lang={question.language}>
          {question.pinnedAt ? (
            <span className="forum-question-row__pinned">{t('list.row.pinned')}</span>
          ) : null}
          {question.hiddenReason ? (
            <span className="forum-question-row__pinned forum-question-row__hidden">
              {question.hiddenReason === 'AWAITING_REVIEW'
                ? t('question.awaitingReview')
                : t('list.row.hidden')}
            </span>
          ) : null}
          <Link to={questionPath(question)}>{question.title}</Link>
        </h2>
        <div className="forum-question-row__meta">
          {question.state === 'CLOSED' ? <QuestionStateBadge state={question.state} /> : null}
          <TagList tags={question.tags} label={t('list.row.tags')} />
          <span className="forum-question-row__product">{question.product.name}</span>
          <span className="forum-question-row__who">
            <AuthorName author={question.author} />{' '}
            {sort === 'active' ? (
              <RelativeTime
                value={question.lastActivityAt}
                format={(time) => t('list.row.active', { time })}
              />
            ) : (
              <RelativeTime
                value={question.createdAt}
                format={(time) => t('list.row.asked', { time })}
              />
            )}
          </span>
        </div>
      </div>
    </li>
  );
}
