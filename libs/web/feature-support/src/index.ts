// The support desk's pages and parts: the experts' inbox, the header link to it (which ships with
// the first page) and the desk panel and suggested experts the app puts on the question page.
export { Inbox } from './lib/components/Inbox';
export { InboxRow, type InboxRowProps } from './lib/components/InboxRow';
export { InboxLink } from './lib/components/InboxLink';
export { QuestionDeskPanel, type QuestionDeskPanelProps } from './lib/components/QuestionDeskPanel';
export { RoutingSuggestions, type RoutingSuggestionsProps } from './lib/routing/RoutingSuggestions';
export {
  QuestionSupportSidebar,
  type QuestionSupportSidebarProps,
} from './lib/components/QuestionSupportSidebar';
