// Pages: the app's lazily loaded routes render these, passing what they read from the URL.
export { IdeaBoard } from './lib/components/board/IdeaBoard';
export { IdeaPage, type IdeaPageProps } from './lib/components/idea/IdeaPage';
export { ProposeIdea } from './lib/components/propose/ProposeIdea';
export { IdeaRoadmap } from './lib/components/roadmap/IdeaRoadmap';
export { InsightsDashboard } from './lib/components/insights/InsightsDashboard';
export { NotificationList } from './lib/components/notifications/NotificationList';
