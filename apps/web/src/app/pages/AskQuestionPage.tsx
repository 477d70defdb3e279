import { AskQuestion } from '@forum/web/feature-qna';

export function AskQuestionPage() {
  return <AskQuestion />;
}
