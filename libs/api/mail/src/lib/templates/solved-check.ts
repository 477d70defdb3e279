import type { Locale } from '@forum/shared/domain';
import { action, heading, type MailTemplate, quote, smallLink, text } from './layout.js';
import { greeting, unsubscribeBlocks } from './notification.js';

/** "Is it solved?": the asker's question with each visible answer and a one-click reply. */
export interface SolvedCheckMailData {
  displayName: string;
  questionTitle: string;
  /** Absolute link to the question page. */
  questionLink: string;
  /** Visible answers by others, each with its signed "yes, this one" link. */
  answers: Array<{ authorName: string | null; excerpt: string; acceptLink: string }>;
  notSolvedLink: string;
  /** Stops the reminders about this question only. */
  stopLink: string;
  /** Switches this kind of e-mail off. */
  unsubscribeLink: string;
  preferencesLink: string;
}

const words: Record<
  Locale,
  {
    subject: (title: string) => string;
    lead: (title: string) => string;
    answerBy: (name: string) => string;
    someone: string;
    yes: string;
    notSolvedLead: string;
    notSolved: string;
    open: string;
    stopLead: string;
    stop: string;
  }
> = {
  en: {
    subject: (title) => `Is it solved? ${title}`,
    lead: (title) =>
      `Your question "${title}" has answers but none is marked as the solution yet. Did one of them solve it? One click is enough.`,
    answerBy: (name) => `Answer by ${name}`,
    someone: 'a former member',
    yes: 'Yes, this answer solved it',
    notSolvedLead: 'None of them helped? Our experts will look at it again.',
    notSolved: 'Still not solved',
    open: 'Open the question:',
    stopLead: 'No more reminders about this question?',
    stop: 'Stop asking about this question',
  },
  de: {
    subject: (title) => `Ist es gelöst? ${title}`,
    lead: (title) =>
      `Ihre Frage „${title}“ hat Antworten, aber noch keine ist als Lösung markiert. Hat eine davon das Problem gelöst? Ein Klick genügt.`,
    answerBy: (name) => `Antwort von ${name}`,
    someone: 'einem ehemaligen Mitglied',
    yes: 'Ja, diese Antwort hat es gelöst',
    notSolvedLead: 'Keine hat geholfen? Unsere Fachleute sehen es sich noch einmal an.',
    notSolved: 'Immer noch nicht gelöst',
    open: 'Zur Frage:',
    stopLead: 'Keine Erinnerungen mehr zu dieser Frage?',
    stop: 'Nicht mehr zu dieser Frage nachfragen',
  },
};

function render(
  locale: Locale,
): (data: SolvedCheckMailData) => ReturnType<MailTemplate<SolvedCheckMailData>['en']> {
  const w = words[locale];
  return (data) => ({
    subject: w.subject(data.questionTitle),
    blocks: [
      text(greeting(locale, data.displayName)),
      text(w.lead(data.questionTitle)),
      ...data.answers.flatMap((answer) => [
        heading(w.answerBy(answer.authorName ?? w.someone)),
        quote(answer.excerpt),
        action(w.yes, answer.acceptLink),
      ]),
      text(w.notSolvedLead),
      action(w.notSolved, data.notSolvedLink),
      smallLink(w.open, data.questionTitle, data.questionLink),
      smallLink(w.stopLead, w.stop, data.stopLink),
      ...unsubscribeBlocks(locale, data.unsubscribeLink, data.preferencesLink),
    ],
  });
}

export const solvedCheck: MailTemplate<SolvedCheckMailData> = {
  en: render('en'),
  de: render('de'),
};
