import type { IdeaStatus } from '@forum/web/data-access-graphql';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import './ideas.css';

export interface IdeaStatusBadgeProps {
  status: IdeaStatus;
}

/** The status as a word and a colour; the word alone carries the meaning. */
export function IdeaStatusBadge({ status }: IdeaStatusBadgeProps) {
  const { t } = useIdeasTranslation();
  return (
    <span className={`idea-status idea-status--${status.toLowerCase()}`}>
      {t(`status.${status}`)}
    </span>
  );
}
