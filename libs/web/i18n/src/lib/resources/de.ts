import { accountDe } from './account.de';
import { adminDe } from './admin.de';
import type { ForumResources } from './en';

export const de: ForumResources = {
  common: {
    productName: 'Kunden-Community',
    documentTitle: '{{page}} · {{product}}',
    // Posts in Markdown: an image becomes a link to it.
    markdown: {
      image: 'Bild: {{alt}}',
      imageNoAlt: 'Bild',
    },
    skipToContent: 'Zum Hauptinhalt springen',
    loading: 'Wird geladen …',
    nav: {
      label: 'Hauptnavigation',
      home: 'Startseite',
      questions: 'Fragen',
      leaderboard: 'Bestenliste',
      badges: 'Abzeichen',
      ideas: 'Ideen',
      notifications: 'Benachrichtigungen',
      notificationsUnread_one: 'Benachrichtigungen, {{count}} ungelesen',
      notificationsUnread_other: 'Benachrichtigungen, {{count}} ungelesen',
      review: 'Prüfen',
      reviewOpen_one: 'Prüfen, {{count}} offener Eintrag',
      reviewOpen_other: 'Prüfen, {{count}} offene Einträge',
      inbox: 'Posteingang',
      inboxWaiting_one: 'Posteingang, {{count}} wartet',
      inboxWaiting_other: 'Posteingang, {{count}} warten',
    },
    account: {
      signIn: 'Anmelden',
      signUp: 'Registrieren',
      menu: 'Konto',
      settings: 'Einstellungen',
      people: 'Personen',
      organisations: 'Organisationen',
      tags: 'Tags',
      products: 'Produktbereiche',
      privileges: 'Berechtigungen',
      auditLog: 'Protokoll',
      moderationSettings: 'Moderationseinstellungen',
      supportPolicies: 'Servicezeiten und Antwortziele',
      deadMail: 'Nicht zugestellte E-Mails',
      expertSettings: 'Experteneinstellungen',
      signOut: 'Abmelden',
      myQuestions: 'Meine Fragen',
      myAnswers: 'Meine Antworten',
      following: 'Gefolgt',
    },
    search: {
      label: 'Fragen durchsuchen',
      placeholder: 'Lösungen suchen …',
    },
    language: {
      label: 'Sprache',
      en: 'English',
      de: 'Deutsch',
    },
    footer: {
      tagline: 'Fragen, Antworten und Ideen von unseren Kundinnen, Kunden und Fachleuten.',
      version: 'Version {{version}}',
      status: 'Systemstatus',
      api: 'GraphQL-API',
    },
    notFound: {
      documentTitle: 'Seite nicht gefunden',
      code: '404',
      title: 'Diese Seite haben wir nicht gefunden',
      body: 'Vielleicht ist die Adresse falsch geschrieben, oder die Seite ist umgezogen.',
      action: 'Zur Startseite',
    },
    error: {
      documentTitle: 'Fehler',
      title: 'Etwas ist schiefgelaufen',
      body: 'Bitte laden Sie die Seite neu. Wenn das wieder passiert, geben Sie uns Bescheid.',
      action: 'Zur Startseite',
    },
  },
  account: accountDe,
  admin: adminDe,
  home: {
    documentTitle: 'Startseite',
    welcome: {
      eyebrow: 'Willkommen',
      title: 'Antworten von Menschen, die das Produkt jeden Tag nutzen',
      lead: 'Hier helfen sich Kundinnen, Kunden und unsere Fachleute gegenseitig. Suchen Sie nach einer Lösung, stellen Sie Ihre Frage und sagen Sie uns, was wir als Nächstes bauen sollen.',
      ask: {
        title: 'Eine Frage stellen',
        body: 'Beschreiben Sie Ihr Problem. Schon beim Tippen erscheinen ähnliche gelöste Fragen, und unsere Fachleute antworten in der Regel innerhalb eines Tages.',
      },
      solutions: {
        title: 'Lösungen finden',
        body: 'Durchsuchen Sie beantwortete Fragen auf Deutsch und Englisch. Akzeptierte Antworten sind markiert, so sehen Sie sofort, was geholfen hat.',
      },
      ideas: {
        title: 'Über Ideen abstimmen',
        body: 'Schlagen Sie Funktionen vor und stimmen Sie für die, die Sie brauchen. Das Produktmanagement verfolgt die Stimmen und informiert alle, sobald sich bei einer Idee etwas tut.',
      },
    },
    status: {
      title: 'Systemstatus',
      description:
        'Der aktuelle Zustand des Forums und der Dienste dahinter, alle {{seconds}} Sekunden geprüft.',
      overall: 'Gesamtstatus',
      up: 'Verfügbar',
      degraded: 'Eingeschränkt',
      down: 'Nicht verfügbar',
      unknown: 'Unbekannt',
      checking: 'Wird geprüft …',
      allUp: 'Alle Systeme funktionieren.',
      searchDown:
        'Die Suche ist gerade nicht verfügbar; Lesen, Fragen und Antworten funktionieren. Neue Beiträge werden auffindbar, sobald sie wieder läuft.',
      someDown:
        'Einige Dienste funktionieren nicht. Suche oder Benachrichtigungen können sich verzögern.',
      unreachable: {
        title: 'Die API ist nicht erreichbar',
        body: 'Wir versuchen es alle {{seconds}} Sekunden erneut.',
      },
      dependencies: 'Dienste',
      dependency: {
        database: 'Datenbank',
        search: 'Suche',
        jobs: 'Hintergrundaufgaben',
      },
      dependencyHint: {
        database: 'Fragen, Antworten und Stimmen',
        search: 'Lösungen finden',
        jobs: 'Benachrichtigungen und Indexierung',
      },
      latency: 'Antwortzeit',
      version: 'Version',
      uptime: 'Laufzeit',
      lastChecked: 'Zuletzt geprüft',
    },
  },
};
