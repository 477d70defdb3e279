// Pages: the app's lazily loaded routes render these, passing what they read from the URL.
export { QuestionList, type QuestionListProps } from './lib/components/list/QuestionList';
export { AskQuestion } from './lib/components/ask/AskQuestion';
export { QuestionPage, type QuestionPageProps } from './lib/components/question/QuestionPage';
export { EditQuestion, type EditQuestionProps } from './lib/components/edit/EditQuestion';
export { EditAnswer, type EditAnswerProps } from './lib/components/edit/EditAnswer';
export {
  QuestionHistory,
  type QuestionHistoryProps,
} from './lib/components/history/QuestionHistory';
export { AnswerHistory, type AnswerHistoryProps } from './lib/components/history/AnswerHistory';
export { QuestionSearch, type QuestionSearchProps } from './lib/components/search/QuestionSearch';

// The header's search box, on every page; light, its results load when it is first used.
export { SearchBox } from './lib/components/search/SearchBox';
