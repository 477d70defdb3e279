import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { questionPath } from '../../utils/questionPath';
import type { SearchIdeaStatusValue } from '../../utils/searchParams';
import { QuestionStateBadge } from '../common/QuestionStateBadge';
import { RelativeTime } from '../common/RelativeTime';
import { TagList } from '../common/TagList';
import { HighlightedText } from './HighlightedText';

export const SearchHitFields = graphql(`
  fragment SearchHitFields on SearchHit {
    type
    title {
      text
      match
    }
    snippet {
      text
      match
    }
    question {
      id
      slug
      language
      state
      answerCount
      tags
      createdAt
      product {
        id
        name
      }
    }
    idea {
      id
      status
      voteCount
      createdAt
      product {
        id
        name
      }
    }
  }
`);

export interface SearchHitRowProps {
  hit: FragmentType<typeof SearchHitFields>;
}

/** One hit, question or idea: the title and the passage that matched, matched words marked. */
export function SearchHitRow({ hit: hitRef }: SearchHitRowProps) {
  const { t } = useQnaTranslation();
  const { title, snippet, question, idea } = useFragment(SearchHitFields, hitRef);
  const post = question ?? idea;
  if (!post) return null;
  const language = question?.language;
  return (
    <li className="forum-search-hit" data-testid={`hit-${post.id}`}>
      <h2 className="forum-search-hit__title" lang={language}>
        <Link to={question ? questionPath(question) : `/ideas/${post.id}`}>
          <HighlightedText segments={title} />
        </Link>
      </h2>
      {snippet.length > 0 ? (
        <p className="forum-search-hit__snippet" lang={language}>
          <HighlightedText segments={snippet} />
        </p>
      ) : null}
      {question ? (
        <div className="forum-search-hit__meta">
          {question.state === 'SOLVED' || question.state === 'CLOSED' ? (
            <QuestionStateBadge state={question.state} />
          ) : null}
          <span>{t('search.answers', { count: question.answerCount })}</span>
          <span>{question.product.name}</span>
          <TagList tags={question.tags} label={t('list.row.tags')} />
          <RelativeTime
            value={question.createdAt}
            format={(time) => t('list.row.asked', { time })}
          />
        </div>
      ) : null}
      {idea ? (
        <div className="forum-search-hit__meta">
          <span className="forum-search-hit__kind">{t('search.idea')}</span>
          <span>
            {t(`search.ideaStatuses.${idea.status.toLowerCase() as SearchIdeaStatusValue}`)}
          </span>
          <span>{t('search.votes', { count: idea.voteCount })}</span>
          <span>{idea.product.name}</span>
          <RelativeTime value={idea.createdAt} format={(time) => t('search.proposed', { time })} />
        </div>
      ) : null}
    </li>
  );
}
