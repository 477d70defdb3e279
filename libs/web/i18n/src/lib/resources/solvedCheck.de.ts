import type { SolvedCheckResources } from './solvedCheck';

export const solvedCheckDe: SolvedCheckResources = {
  title: 'Ist Ihre Frage gelöst?',
  lead: 'Hat eine dieser Antworten „{{title}}“ gelöst?',
  answers: 'Antworten',
  answerBy: 'Antwort von {{name}}',
  formerMember: 'einem ehemaligen Mitglied',
  accepted: 'Als Lösung markiert',
  accept: 'Ja, diese Antwort hat es gelöst',
  acceptLabel: 'Ja, die Antwort von {{name}} hat es gelöst',
  noAnswers: 'Gerade gibt es keine Antworten zur Auswahl.',
  notSolvedLead: 'Keine hat geholfen? Unsere Fachleute sehen sich Ihre Frage noch einmal an.',
  notSolved: 'Immer noch nicht gelöst',
  stop: 'Nicht mehr zu dieser Frage nachfragen',
  openQuestion: 'Zur Frage',
  done: {
    accepted: 'Danke — als gelöst markiert.',
    not_solved: 'Danke — unsere Fachleute sehen sich Ihre Frage noch einmal an.',
    stopped: 'Erledigt — wir fragen zu dieser Frage nicht mehr nach.',
  },
  closed: 'Diese Frage ist geschlossen und nimmt hier keine Antwort mehr an.',
  missing: 'Diese Seite braucht den Link aus Ihrer E-Mail oder Benachrichtigung.',
  errors: {
    TOKEN_INVALID: 'Dieser Link ist ungültig.',
    TOKEN_EXPIRED:
      'Dieser Link ist abgelaufen. Öffnen Sie die Frage, um dort die Lösung zu markieren.',
    QUESTION_NOT_FOUND: 'Diese Frage ist nicht mehr verfügbar.',
    QUESTION_CLOSED: 'Diese Frage ist geschlossen und nimmt hier keine Antwort mehr an.',
    ANSWER_NOT_FOUND: 'Diese Antwort ist nicht mehr verfügbar. Bitte wählen Sie eine andere.',
    other: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
  loading: 'Wird geladen…',
  working: 'Ihre Antwort wird gespeichert…',
};
