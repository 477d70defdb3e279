import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { HomePage } from './pages/HomePage';

// React Router's declarative mode: data comes from urql, not route loaders, and the data router
// would add 19 KB of gzipped JavaScript to every first page (see the web budget).
//
// The home page ships in the entry chunk because it is the first page most visitors see; every
// other page is its own chunk, fetched when it is first visited.

/** A page module's named export as a lazily loaded component. */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const SignInPage = lazyPage(() => import('./pages/SignInPage'), 'SignInPage');
const SignInLinkPage = lazyPage(() => import('./pages/SignInLinkPage'), 'SignInLinkPage');
const SignUpPage = lazyPage(() => import('./pages/SignUpPage'), 'SignUpPage');
const VerifyEmailPage = lazyPage(() => import('./pages/VerifyEmailPage'), 'VerifyEmailPage');
const ForgotPasswordPage = lazyPage(
  () => import('./pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
const SettingsPage = lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage');
const PeopleAdminPage = lazyPage(() => import('./pages/PeopleAdminPage'), 'PeopleAdminPage');
const OrganisationsAdminPage = lazyPage(
  () => import('./pages/OrganisationsAdminPage'),
  'OrganisationsAdminPage',
);
const TagsAdminPage = lazyPage(() => import('./pages/TagsAdminPage'), 'TagsAdminPage');
const ProductsAdminPage = lazyPage(() => import('./pages/ProductsAdminPage'), 'ProductsAdminPage');
const PrivilegesAdminPage = lazyPage(
  () => import('./pages/PrivilegesAdminPage'),
  'PrivilegesAdminPage',
);
const AuditLogAdminPage = lazyPage(() => import('./pages/AuditLogAdminPage'), 'AuditLogAdminPage');
const DeadMailAdminPage = lazyPage(() => import('./pages/DeadMailAdminPage'), 'DeadMailAdminPage');
const SupportPoliciesAdminPage = lazyPage(
  () => import('./pages/SupportPoliciesAdminPage'),
  'SupportPoliciesAdminPage',
);
const ExpertSettingsPage = lazyPage(
  () => import('./pages/ExpertSettingsPage'),
  'ExpertSettingsPage',
);
const ReviewQueuePage = lazyPage(() => import('./pages/ReviewQueuePage'), 'ReviewQueuePage');
const InboxPage = lazyPage(() => import('./pages/InboxPage'), 'InboxPage');
const ModerationSettingsAdminPage = lazyPage(
  () => import('./pages/ModerationSettingsAdminPage'),
  'ModerationSettingsAdminPage',
);
const QuestionListPage = lazyPage(() => import('./pages/QuestionListPage'), 'QuestionListPage');
const AskQuestionPage = lazyPage(() => import('./pages/AskQuestionPage'), 'AskQuestionPage');
const QuestionDetailPage = lazyPage(
  () => import('./pages/QuestionDetailPage'),
  'QuestionDetailPage',
);
const EditQuestionPage = lazyPage(() => import('./pages/EditQuestionPage'), 'EditQuestionPage');
const EditAnswerPage = lazyPage(() => import('./pages/EditAnswerPage'), 'EditAnswerPage');
const QuestionHistoryPage = lazyPage(
  () => import('./pages/QuestionHistoryPage'),
  'QuestionHistoryPage',
);
const AnswerHistoryPage = lazyPage(() => import('./pages/AnswerHistoryPage'), 'AnswerHistoryPage');
const UserProfilePage = lazyPage(() => import('./pages/UserProfilePage'), 'UserProfilePage');
const BadgesPage = lazyPage(() => import('./pages/BadgesPage'), 'BadgesPage');
const LeaderboardPage = lazyPage(() => import('./pages/LeaderboardPage'), 'LeaderboardPage');
const IdeaBoardPage = lazyPage(() => import('./pages/IdeaBoardPage'), 'IdeaBoardPage');
const ProposeIdeaPage = lazyPage(() => import('./pages/ProposeIdeaPage'), 'ProposeIdeaPage');
const IdeaRoadmapPage = lazyPage(() => import('./pages/IdeaRoadmapPage'), 'IdeaRoadmapPage');
const IdeaInsightsPage = lazyPage(() => import('./pages/IdeaInsightsPage'), 'IdeaInsightsPage');
const IdeaDetailPage = lazyPage(() => import('./pages/IdeaDetailPage'), 'IdeaDetailPage');
const NotificationsPage = lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage');
const SearchPage = lazyPage(() => import('./pages/SearchPage'), 'SearchPage');
const NotificationSettingsPage = lazyPage(
  () => import('./pages/NotificationSettingsPage'),
  'NotificationSettingsPage',
);
const UnsubscribePage = lazyPage(() => import('./pages/UnsubscribePage'), 'UnsubscribePage');
const SolvedCheckPage = lazyPage(() => import('./pages/SolvedCheckPage'), 'SolvedCheckPage');
const FollowingPage = lazyPage(() => import('./pages/FollowingPage'), 'FollowingPage');

export interface AppRoutesProps {
  version: string;
}

export function createRoutes({ version }: AppRoutesProps): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppLayout version={version} />,
      children: [
        { index: true, element: <HomePage /> },
        // E-mails link to these five paths; they must not move.
        { path: 'sign-in', element: <SignInPage /> },
        { path: 'sign-in/link', element: <SignInLinkPage /> },
        { path: 'verify-email', element: <VerifyEmailPage /> },
        { path: 'forgot-password', element: <ForgotPasswordPage /> },
        { path: 'reset-password', element: <ResetPasswordPage /> },
        { path: 'sign-up', element: <SignUpPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'settings/notifications', element: <NotificationSettingsPage /> },
        { path: 'settings/expert', element: <ExpertSettingsPage /> },
        { path: 'unsubscribe', element: <UnsubscribePage /> },
        { path: 'solved', element: <SolvedCheckPage /> },
        { path: 'admin/people', element: <PeopleAdminPage /> },
        { path: 'admin/organisations', element: <OrganisationsAdminPage /> },
        { path: 'admin/tags', element: <TagsAdminPage /> },
        { path: 'admin/products', element: <ProductsAdminPage /> },
        { path: 'admin/privileges', element: <PrivilegesAdminPage /> },
        { path: 'admin/audit', element: <AuditLogAdminPage /> },
        { path: 'admin/moderation', element: <ModerationSettingsAdminPage /> },
        { path: 'admin/support', element: <SupportPoliciesAdminPage /> },
        { path: 'admin/mail', element: <DeadMailAdminPage /> },
        { path: 'review', element: <ReviewQueuePage /> },
        { path: 'inbox', element: <InboxPage /> },
        // Questions are linked from search engines and e-mails: these addresses must not move.
        { path: 'questions', element: <QuestionListPage /> },
        { path: 'questions/ask', element: <AskQuestionPage /> },
        { path: 'questions/:id/edit', element: <EditQuestionPage /> },
        { path: 'questions/:id/history', element: <QuestionHistoryPage /> },
        { path: 'questions/:id/answers/:answerId/edit', element: <EditAnswerPage /> },
        { path: 'questions/:id/answers/:answerId/history', element: <AnswerHistoryPage /> },
        { path: 'questions/:id/:slug?', element: <QuestionDetailPage /> },
        { path: 'users/:id', element: <UserProfilePage /> },
        { path: 'badges', element: <BadgesPage /> },
        { path: 'leaderboard', element: <LeaderboardPage /> },
        // Status e-mails link to /ideas/:id: it must not move.
        { path: 'ideas', element: <IdeaBoardPage /> },
        { path: 'ideas/new', element: <ProposeIdeaPage /> },
        { path: 'ideas/roadmap', element: <IdeaRoadmapPage /> },
        { path: 'ideas/insights', element: <IdeaInsightsPage /> },
        { path: 'ideas/:id', element: <IdeaDetailPage /> },
        { path: 'notifications', element: <NotificationsPage /> },
        { path: 'following', element: <FollowingPage /> },
        { path: 'search', element: <SearchPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function AppRoutes({ version }: AppRoutesProps) {
  return useRoutes(createRoutes({ version }));
}
