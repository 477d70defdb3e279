import { accountEn } from './account.en';
import { adminEn } from './admin.en';

// English is the source language: German must carry exactly these keys (checked by the type
// below and by resources.spec.ts).
export const en = {
  common: {
    productName: 'Customer Community',
    documentTitle: '{{page}} · {{product}}',
    // Posts in Markdown: an image becomes a link to it.
    markdown: {
      image: 'Image: {{alt}}',
      imageNoAlt: 'Image',
    },
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    nav: {
      label: 'Main',
      home: 'Home',
      questions: 'Questions',
      leaderboard: 'Leaderboard',
      badges: 'Badges',
      ideas: 'Ideas',
      notifications: 'Notifications',
      notificationsUnread_one: 'Notifications, {{count}} unread',
      notificationsUnread_other: 'Notifications, {{count}} unread',
      review: 'Review',
      reviewOpen_one: 'Review, {{count}} open item',
      reviewOpen_other: 'Review, {{count}} open items',
      inbox: 'Inbox',
      inboxWaiting_one: 'Inbox, {{count}} waiting',
      inboxWaiting_other: 'Inbox, {{count}} waiting',
    },
    account: {
      signIn: 'Sign in',
      signUp: 'Sign up',
      menu: 'Account',
      settings: 'Settings',
      people: 'People',
      organisations: 'Organisations',
      tags: 'Tags',
      products: 'Product areas',
      privileges: 'Privileges',
      auditLog: 'Audit log',
      moderationSettings: 'Moderation settings',
      supportPolicies: 'Support hours and targets',
      deadMail: 'Undelivered mail',
      expertSettings: 'Expert settings',
      signOut: 'Sign out',
      myQuestions: 'My questions',
      myAnswers: 'My answers',
      following: 'Following',
    },
    search: {
      label: 'Search questions',
      placeholder: 'Search solutions…',
    },
    language: {
      label: 'Language',
      en: 'English',
      de: 'Deutsch',
    },
    footer: {
      tagline: 'Questions, answers and ideas from our customers and experts.',
      version: 'Version {{version}}',
      status: 'System status',
      api: 'GraphQL API',
    },
    notFound: {
      documentTitle: 'Page not found',
      code: '404',
      title: 'We could not find that page',
      body: 'The address may be mistyped, or the page has moved.',
      action: 'Back to the home page',
    },
    error: {
      documentTitle: 'Error',
      title: 'Something went wrong',
      body: 'Please reload the page. If it keeps happening, let us know.',
      action: 'Back to the home page',
    },
  },
  account: accountEn,
  admin: adminEn,
  home: {
    documentTitle: 'Home',
    welcome: {
      eyebrow: 'Welcome',
      title: 'Answers from people who use the product every day',
      lead: 'This is where customers and our experts help each other. Search for a solution, ask what you need to know, and tell us what to build next.',
      ask: {
        title: 'Ask a question',
        body: 'Describe your problem. Similar solved questions show up while you type, and our experts aim to answer within a day.',
      },
      solutions: {
        title: 'Find solutions',
        body: 'Search answered questions in English and German. Accepted answers are marked, so you see at a glance what worked.',
      },
      ideas: {
        title: 'Vote on ideas',
        body: 'Suggest features and vote for the ones you need. Product managers follow the votes and tell every voter when an idea moves.',
      },
    },
    status: {
      title: 'System status',
      description:
        'Live health of the forum and the services behind it, checked every {{seconds}} seconds.',
      overall: 'Overall status',
      up: 'Up',
      degraded: 'Limited',
      down: 'Down',
      unknown: 'Unknown',
      checking: 'Checking…',
      allUp: 'All systems are working.',
      searchDown:
        'Search is unavailable for the moment; reading, asking and answering work. New posts become searchable once it is back.',
      someDown: 'Some services are not working. Search or notifications may be delayed.',
      unreachable: {
        title: 'The API is not reachable',
        body: 'We will try again every {{seconds}} seconds.',
      },
      dependencies: 'Services',
      dependency: {
        database: 'Database',
        search: 'Search',
        jobs: 'Background jobs',
      },
      dependencyHint: {
        database: 'Questions, answers and votes',
        search: 'Finding solutions',
        jobs: 'Notifications and indexing',
      },
      latency: 'Response time',
      version: 'Version',
      uptime: 'Uptime',
      lastChecked: 'Last checked',
    },
  },
} as const;

/** English's keys, any text: the shape every language provides. */
export type Translations<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translations<T[K]>;
};

/** The shape every language provides: English's keys, any text. */
export type ForumResources = Translations<typeof en>;
