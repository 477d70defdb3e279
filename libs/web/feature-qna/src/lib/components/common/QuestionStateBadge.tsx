import type { QuestionState } from '@forum/web/data-access-graphql';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import './common.css';

export interface QuestionStateBadgeProps {
  state: QuestionState;
}

/** Open, Answered, Solved or Closed; the word carries the meaning, the colour repeats it. */
export function QuestionStateBadge({ state }: QuestionStateBadgeProps) {
  const { t } = useQnaTranslation();
  return (
    <span className={`forum-state-badge forum-state-badge--${state.toLowerCase()}`}>
      {t(`state.${state}`)}
    </span>
  );
}
