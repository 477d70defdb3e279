import { RoutingSuggestions } from '../routing/RoutingSuggestions';
import { QuestionDeskPanel } from './QuestionDeskPanel';

export interface QuestionSupportSidebarProps {
  questionId: string;
}

/**
 * What the support desk adds to the question page for its staff: the desk panel and the
 * suggested experts. Renders nothing for everyone else.
 */
export function QuestionSupportSidebar({ questionId }: QuestionSupportSidebarProps) {
  return (
    <>
      <QuestionDeskPanel questionId={questionId} />
      <RoutingSuggestions questionId={questionId} />
    </>
  );
}
