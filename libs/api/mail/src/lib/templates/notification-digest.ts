import type { Locale } from '@forum/shared/domain';
import { heading, links, type MailBlock, type MailTemplate, text } from './layout.js';
import {
  greeting,
  type NotificationMailData,
  notificationWords,
  unsubscribeBlocks,
} from './notification.js';

export type DigestItem = Omit<
  NotificationMailData,
  'displayName' | 'unsubscribeLink' | 'preferencesLink'
> & {
  /** When it happened, ISO 8601; shown in the reader's time zone. */
  at: string;
};

export interface DigestSolvedQuestion {
  title: string;
  productName: string;
  link: string;
  /** When the answer was accepted, ISO 8601. */
  solvedAt: string;
}

export interface NotificationDigestData {
  displayName: string;
  cadence: 'daily' | 'weekly';
  /** IANA time zone the dates are shown in. */
  timeZone: string;
  /** When the digest's period ended, ISO 8601. */
  periodEnd: string;
  /** Newest first; grouped by kind when rendered. */
  items: DigestItem[];
  solvedQuestions: DigestSolvedQuestion[];
  unsubscribeLink: string;
  preferencesLink: string;
}

const words: Record<
  Locale,
  {
    subject: (cadence: 'daily' | 'weekly', date: string) => string;
    intro: (cadence: 'daily' | 'weekly') => string;
    groups: Record<string, string>;
    solved: string;
    inProduct: (product: string, when: string) => string;
  }
> = {
  en: {
    subject: (cadence, date) => `Your ${cadence === 'daily' ? 'daily' : 'weekly'} summary, ${date}`,
    intro: (cadence) =>
      `here is what happened ${cadence === 'daily' ? 'since yesterday' : 'this past week'} around what you follow.`,
    groups: {
      'answer.posted': 'New answers',
      'comment.posted': 'New comments',
      'answer.accepted': 'Accepted answers',
      'answer.verified': 'Verified answers',
      'question.closed_as_duplicate': 'Closed as duplicates',
      mention: 'Mentions',
      'question.in_followed_area': 'New questions',
      'idea.status_changed': 'Idea updates',
      'idea.merged': 'Merged ideas',
      'badge.awarded': 'Badges',
      'flag.resolved': 'Reviewed flags',
      'question.routed': 'Questions waiting for you',
      'question.assigned': 'Questions assigned to you',
      'question.escalated': 'Questions waiting too long',
    },
    solved: 'Solved in products you follow',
    inProduct: (product, when) => `${product}, ${when}`,
  },
  de: {
    subject: (cadence, date) =>
      `Ihre ${cadence === 'daily' ? 'tägliche' : 'wöchentliche'} Zusammenfassung, ${date}`,
    intro: (cadence) =>
      `das ist ${cadence === 'daily' ? 'seit gestern' : 'in der letzten Woche'} rund um das passiert, dem Sie folgen.`,
    groups: {
      'answer.posted': 'Neue Antworten',
      'comment.posted': 'Neue Kommentare',
      'answer.accepted': 'Akzeptierte Antworten',
      'answer.verified': 'Bestätigte Antworten',
      'question.closed_as_duplicate': 'Als Duplikat geschlossen',
      mention: 'Erwähnungen',
      'question.in_followed_area': 'Neue Fragen',
      'idea.status_changed': 'Neues zu Ideen',
      'idea.merged': 'Zusammengeführte Ideen',
      'badge.awarded': 'Abzeichen',
      'flag.resolved': 'Geprüfte Meldungen',
      'question.routed': 'Fragen, die auf Sie warten',
      'question.assigned': 'Ihnen zugewiesene Fragen',
      'question.escalated': 'Fragen, die zu lange warten',
    },
    solved: 'Gelöst in Produkten, denen Sie folgen',
    inProduct: (product, when) => `${product}, ${when}`,
  },
};

const localeTags: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

function formatter(locale: Locale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(localeTags[locale], {
    timeZone,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  });
}

function render(locale: Locale) {
  return (data: NotificationDigestData) => {
    const w = words[locale];
    const dateTime = formatter(locale, data.timeZone, true);
    const date = formatter(locale, data.timeZone, false).format(new Date(data.periodEnd));
    const blocks: MailBlock[] = [
      text(greeting(locale, data.displayName)),
      text(w.intro(data.cadence)),
    ];
    const groups = new Map<string, DigestItem[]>();
    for (const item of data.items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
    for (const [kind, items] of groups) {
      blocks.push(heading(w.groups[kind] ?? kind));
      blocks.push(
        links(
          items.map((item) => ({
            label: notificationWords(locale, {
              ...item,
              displayName: '',
              unsubscribeLink: '',
              preferencesLink: '',
            }).lead,
            url: item.link,
            note: dateTime.format(new Date(item.at)),
          })),
        ),
      );
    }
    if (data.solvedQuestions.length > 0) {
      blocks.push(heading(w.solved));
      blocks.push(
        links(
          data.solvedQuestions.map((question) => ({
            label: question.title,
            url: question.link,
            note: w.inProduct(question.productName, dateTime.format(new Date(question.solvedAt))),
          })),
        ),
      );
    }
    blocks.push(...unsubscribeBlocks(locale, data.unsubscribeLink, data.preferencesLink));
    return { subject: w.subject(data.cadence, date), blocks };
  };
}

export const notificationDigest: MailTemplate<NotificationDigestData> = {
  en: render('en'),
  de: render('de'),
};
