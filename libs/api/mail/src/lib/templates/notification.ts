import type { Locale } from '@forum/shared/domain';
import { action, type MailTemplate, type MailBlock, quote, smallLink, text } from './layout.js';

/** What one notification says, already read from its row when the mail is sent. */
export interface NotificationMailData {
  displayName: string;
  /** The notification kind, e.g. `answer.posted`; picks the words. */
  kind: string;
  /** Who caused the (latest) event; null for the system or a deleted account. */
  actorName: string | null;
  /** How many events it stands for ("3 new answers"). */
  count: number;
  /** The question's or idea's title, when the notification names one. */
  title: string | null;
  /** A second title: the question or idea it was closed or merged into. */
  targetTitle: string | null;
  /** Idea status or badge name, for the kinds that have one. */
  detail: string | null;
  /** For a verified answer: true when told as the asker, false as the answer's author. */
  onYourQuestion?: boolean;
  /** Words of the person who acted, e.g. the product team's message on a status change. */
  quote?: string | null;
  /** Absolute link to the thing, e.g. the answer on its question page. */
  link: string;
  /** Absolute link to the page that switches this kind's e-mail off. */
  unsubscribeLink: string;
  /** Absolute link to the e-mail preferences. */
  preferencesLink: string;
}

interface Words {
  subject: string;
  lead: string;
  button: string;
}

type Phrase = (data: NotificationMailData, who: string, title: string) => Words;

const someone: Record<Locale, string> = { en: 'Someone', de: 'Jemand' };

const en: Record<string, Phrase> = {
  'answer.posted': ({ count }, who, title) => ({
    subject: count > 1 ? `${count} new answers: ${title}` : `New answer: ${title}`,
    lead:
      count > 1
        ? `There are ${count} new answers on "${title}", the latest by ${who}.`
        : `${who} answered "${title}".`,
    button: 'Read the answer',
  }),
  'comment.posted': ({ count }, who, title) => ({
    subject: count > 1 ? `${count} new comments: ${title}` : `New comment: ${title}`,
    lead:
      count > 1
        ? `There are ${count} new comments on "${title}", the latest by ${who}.`
        : `${who} commented on "${title}".`,
    button: 'Read the comment',
  }),
  'answer.accepted': (_, who, title) => ({
    subject: `Your answer was accepted: ${title}`,
    lead: `${who} accepted your answer to "${title}" as the solution.`,
    button: 'Open the answer',
  }),
  'answer.verified': ({ onYourQuestion }, who, title) =>
    onYourQuestion
      ? {
          subject: `A solution was verified: ${title}`,
          lead: `${who} verified a solution to your question "${title}".`,
          button: 'Open the solution',
        }
      : {
          subject: `Your answer was verified: ${title}`,
          lead: `${who} verified your answer to "${title}".`,
          button: 'Open the answer',
        },
  'question.closed_as_duplicate': ({ targetTitle }, who, title) => ({
    subject: `Closed as a duplicate: ${title}`,
    lead: targetTitle
      ? `${who} closed your question "${title}" as a duplicate of "${targetTitle}".`
      : `${who} closed your question "${title}" as a duplicate.`,
    button: 'Open the question',
  }),
  mention: (_, who, title) => ({
    subject: `${who} mentioned you: ${title}`,
    lead: `${who} mentioned you in "${title}".`,
    button: 'See the mention',
  }),
  'question.in_followed_area': ({ count }, who, title) => ({
    subject: count > 1 ? `${count} new questions you follow` : `New question: ${title}`,
    lead:
      count > 1
        ? `There are ${count} new questions in an area you follow, the latest "${title}" by ${who}.`
        : `${who} asked "${title}" in an area you follow.`,
    button: 'Open the question',
  }),
  'question.routed': ({ detail }, _, title) => ({
    subject: `Waiting for an expert: ${title}`,
    lead: detail
      ? `Nobody has taken "${title}" in ${detail} yet, and you solved questions like it before. Could you answer it?`
      : `Nobody has taken "${title}" yet, and you solved questions like it before. Could you answer it?`,
    button: 'Open the question',
  }),
  'idea.status_changed': ({ detail }, _, title) => ({
    subject: `Idea ${detail ?? 'updated'}: ${title}`,
    lead: `The idea "${title}" is now ${detail ?? 'updated'}.`,
    button: 'Open the idea',
  }),
  'idea.merged': ({ targetTitle }, _, title) => ({
    subject: `Idea merged: ${title}`,
    lead: `The idea "${title}" was merged into "${targetTitle ?? ''}"; your votes moved with it.`,
    button: 'Open the idea',
  }),
  'badge.awarded': ({ detail }) => ({
    subject: `You earned a badge: ${detail ?? ''}`,
    lead: `Congratulations, you earned the badge "${detail ?? ''}".`,
    button: 'See your badges',
  }),
  'question.assigned': (_, who, title) => ({
    subject: `Assigned to you: ${title}`,
    lead: `${who} put you on "${title}" in the support inbox.`,
    button: 'Open the question',
  }),
  'question.escalated': ({ detail }, _, title) =>
    detail === 'admins'
      ? {
          subject: `Escalated to admins: ${title}`,
          lead: `"${title}" is far past its response target without a staff answer.`,
          button: 'Open the question',
        }
      : detail === 'breached'
        ? {
            subject: `Response target missed: ${title}`,
            lead: `"${title}" passed its response target without a staff answer.`,
            button: 'Open the question',
          }
        : {
            subject: `Waiting for an answer: ${title}`,
            lead: `"${title}" has used most of its response time without a staff answer.`,
            button: 'Open the question',
          },
  'flag.resolved': () => ({
    subject: 'Your flag was reviewed',
    lead: 'A moderator reviewed content you flagged. Thank you for helping.',
    button: 'Open the community',
  }),
  'question.solved_check': (_, __, title) => ({
    subject: `Is it solved? ${title}`,
    lead: `Your question "${title}" has answers. Did one of them solve it?`,
    button: 'Tell us',
  }),
};

const de: Record<string, Phrase> = {
  'answer.posted': ({ count }, who, title) => ({
    subject: count > 1 ? `${count} neue Antworten: ${title}` : `Neue Antwort: ${title}`,
    lead:
      count > 1
        ? `Es gibt ${count} neue Antworten auf „${title}“, die neueste von ${who}.`
        : `${who} hat „${title}“ beantwortet.`,
    button: 'Antwort lesen',
  }),
  'comment.posted': ({ count }, who, title) => ({
    subject: count > 1 ? `${count} neue Kommentare: ${title}` : `Neuer Kommentar: ${title}`,
    lead:
      count > 1
        ? `Es gibt ${count} neue Kommentare zu „${title}“, der neueste von ${who}.`
        : `${who} hat „${title}“ kommentiert.`,
    button: 'Kommentar lesen',
  }),
  'answer.accepted': (_, who, title) => ({
    subject: `Ihre Antwort wurde akzeptiert: ${title}`,
    lead: `${who} hat Ihre Antwort auf „${title}“ als Lösung akzeptiert.`,
    button: 'Antwort öffnen',
  }),
  'answer.verified': ({ onYourQuestion }, who, title) =>
    onYourQuestion
      ? {
          subject: `Eine Lösung wurde bestätigt: ${title}`,
          lead: `${who} hat eine Lösung für Ihre Frage „${title}“ bestätigt.`,
          button: 'Lösung öffnen',
        }
      : {
          subject: `Ihre Antwort wurde bestätigt: ${title}`,
          lead: `${who} hat Ihre Antwort auf „${title}“ bestätigt.`,
          button: 'Antwort öffnen',
        },
  'question.closed_as_duplicate': ({ targetTitle }, who, title) => ({
    subject: `Als Duplikat geschlossen: ${title}`,
    lead: targetTitle
      ? `${who} hat Ihre Frage „${title}“ als Duplikat von „${targetTitle}“ geschlossen.`
      : `${who} hat Ihre Frage „${title}“ als Duplikat geschlossen.`,
    button: 'Frage öffnen',
  }),
  mention: (_, who, title) => ({
    subject: `${who} hat Sie erwähnt: ${title}`,
    lead: `${who} hat Sie in „${title}“ erwähnt.`,
    button: 'Erwähnung ansehen',
  }),
  'question.in_followed_area': ({ count }, who, title) => ({
    subject: count > 1 ? `${count} neue Fragen, denen Sie folgen` : `Neue Frage: ${title}`,
    lead:
      count > 1
        ? `Es gibt ${count} neue Fragen in einem Bereich, dem Sie folgen, zuletzt „${title}“ von ${who}.`
        : `${who} hat „${title}“ in einem Bereich gefragt, dem Sie folgen.`,
    button: 'Frage öffnen',
  }),
  'question.routed': ({ detail }, _, title) => ({
    subject: `Wartet auf eine Expertin oder einen Experten: ${title}`,
    lead: detail
      ? `Niemand hat „${title}“ in ${detail} bisher übernommen, und Sie haben ähnliche Fragen schon gelöst. Können Sie sie beantworten?`
      : `Niemand hat „${title}“ bisher übernommen, und Sie haben ähnliche Fragen schon gelöst. Können Sie sie beantworten?`,
    button: 'Frage öffnen',
  }),
  'idea.status_changed': ({ detail }, _, title) => ({
    subject: `Idee ${detail ?? 'aktualisiert'}: ${title}`,
    lead: `Die Idee „${title}“ ist jetzt ${detail ?? 'aktualisiert'}.`,
    button: 'Idee öffnen',
  }),
  'idea.merged': ({ targetTitle }, _, title) => ({
    subject: `Idee zusammengeführt: ${title}`,
    lead: `Die Idee „${title}“ wurde mit „${targetTitle ?? ''}“ zusammengeführt; Ihre Stimmen sind mitgewandert.`,
    button: 'Idee öffnen',
  }),
  'badge.awarded': ({ detail }) => ({
    subject: `Neues Abzeichen: ${detail ?? ''}`,
    lead: `Herzlichen Glückwunsch, Sie haben das Abzeichen „${detail ?? ''}“ erhalten.`,
    button: 'Abzeichen ansehen',
  }),
  'question.assigned': (_, who, title) => ({
    subject: `Ihnen zugewiesen: ${title}`,
    lead: `${who} hat Ihnen „${title}“ im Support-Posteingang zugewiesen.`,
    button: 'Frage öffnen',
  }),
  'question.escalated': ({ detail }, _, title) =>
    detail === 'admins'
      ? {
          subject: `An Admins eskaliert: ${title}`,
          lead: `„${title}“ ist weit über der Antwortzeit und hat noch keine Antwort vom Team.`,
          button: 'Frage öffnen',
        }
      : detail === 'breached'
        ? {
            subject: `Antwortzeit überschritten: ${title}`,
            lead: `„${title}“ hat die Antwortzeit ohne Antwort vom Team überschritten.`,
            button: 'Frage öffnen',
          }
        : {
            subject: `Wartet auf eine Antwort: ${title}`,
            lead: `„${title}“ hat den größten Teil der Antwortzeit ohne Antwort vom Team verbraucht.`,
            button: 'Frage öffnen',
          },
  'flag.resolved': () => ({
    subject: 'Ihre Meldung wurde geprüft',
    lead: 'Ein Moderator hat Inhalte geprüft, die Sie gemeldet haben. Danke für Ihre Hilfe.',
    button: 'Community öffnen',
  }),
  'question.solved_check': (_, __, title) => ({
    subject: `Ist es gelöst? ${title}`,
    lead: `Ihre Frage „${title}“ hat Antworten. Hat eine davon das Problem gelöst?`,
    button: 'Rückmeldung geben',
  }),
};

const phrases: Record<Locale, Record<string, Phrase>> = { en, de };

const chrome: Record<
  Locale,
  { hello: (name: string) => string; why: string; unsubscribe: string; preferences: string }
> = {
  en: {
    hello: (name) => `Hello ${name},`,
    why: 'You get this e-mail because of your notification settings.',
    unsubscribe: 'Unsubscribe from these e-mails',
    preferences: 'Change all e-mail settings',
  },
  de: {
    hello: (name) => `Hallo ${name},`,
    why: 'Sie erhalten diese E-Mail wegen Ihrer Benachrichtigungseinstellungen.',
    unsubscribe: 'Diese E-Mails abbestellen',
    preferences: 'Alle E-Mail-Einstellungen ändern',
  },
};

/** The words of one notification kind, shared by the digest. */
export function notificationWords(locale: Locale, data: NotificationMailData): Words {
  const phrase = phrases[locale][data.kind];
  if (!phrase) throw new Error(`No mail words for notification kind "${data.kind}"`);
  return phrase(data, data.actorName ?? someone[locale], data.title ?? '…');
}

/** The unsubscribe and preferences links every notification and digest mail ends with. */
export function unsubscribeBlocks(
  locale: Locale,
  unsubscribeLink: string,
  preferencesLink: string,
): MailBlock[] {
  const words = chrome[locale];
  return [
    smallLink(words.why, words.unsubscribe, unsubscribeLink),
    smallLink('', words.preferences, preferencesLink),
  ];
}

function render(
  locale: Locale,
): (data: NotificationMailData) => ReturnType<MailTemplate<NotificationMailData>['en']> {
  return (data) => {
    const words = notificationWords(locale, data);
    return {
      subject: words.subject,
      blocks: [
        text(chrome[locale].hello(data.displayName)),
        text(words.lead),
        ...(data.quote ? [quote(data.quote)] : []),
        action(words.button, data.link),
        ...unsubscribeBlocks(locale, data.unsubscribeLink, data.preferencesLink),
      ],
    };
  };
}

export const notification: MailTemplate<NotificationMailData> = {
  en: render('en'),
  de: render('de'),
};

export const greeting = (locale: Locale, name: string): string => chrome[locale].hello(name);
