import { type FragmentType, useFragment } from '@forum/web/data-access-graphql';
import { Link } from 'react-router';
import { IdeaCardFragment } from '../../graphql/IdeaCard';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { IdeaStatusBadge } from '../common/IdeaStatusBadge';

export interface IdeaRowProps {
  idea: FragmentType<typeof IdeaCardFragment>;
}

/** One idea in a list: its votes, title, status and product area. */
export function IdeaRow(props: IdeaRowProps) {
  const idea = useFragment(IdeaCardFragment, props.idea);
  const { t } = useIdeasTranslation();
  return (
    <li className="idea-row">
      <span className="idea-row__votes">{t('votes', { count: idea.voteCount })}</span>
      <span>
        <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
        <span className="idea-row__meta">
          <IdeaStatusBadge status={idea.status} />
          <span>{idea.product.name}</span>
          <span>{t('comments', { count: idea.commentCount })}</span>
          {idea.viewerVote ? <span>{t('vote.voted')}</span> : null}
        </span>
      </span>
    </li>
  );
}
