import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { questionPath } from '../../utils/questionPath';
import { QuestionStateBadge } from '../common/QuestionStateBadge';
import { RelativeTime } from '../common/RelativeTime';
import { TagList } from '../common/TagList';
import { HighlightedText } from './HighlightedText';

export const SearchHitFields = graphql(`
  fragment SearchHitFields on SearchHit {
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
  }
`);

export interface SearchHitRowProps {
  hit: FragmentType<typeof SearchHitFields>;
}

/** One hit: the title and the passage that matched, with the matched words marked. */
export function SearchHitRow({ hit: hitRef }: SearchHitRowProps) {
  const { t } = useQnaTranslation();
  const { title, snippet, question } = useFragment(SearchHitFields, hitRef);
  return (
    <li className="forum-search-hit" data-testid={`hit-${question.id}`}>
      <h2 className="forum-search-hit__title" lang={question.language}>
        <Link to={questionPath(question)}>
          <HighlightedText segments={title} />
        </Link>
      </h2>
      {snippet.length > 0 ? (
        <p className="forum-search-hit__snippet" lang={question.language}>
          <HighlightedText segments={snippet} />
        </p>
      ) : null}
      <div className="forum-search-hit__meta">
        {question.state === 'SOLVED' || question.state === 'CLOSED' ? (
          <QuestionStateBadge state={question.state} />
        ) : null}
        <span>{t('search.answers', { count: question.answerCount })}</span>
        <span>{question.product.name}</span>
        <TagList tags={question.tags} label={t('list.row.tags')} />
        <RelativeTime value={question.createdAt} format={(time) => t('list.row.asked', { time })} />
      </div>
    </li>
  );
}
