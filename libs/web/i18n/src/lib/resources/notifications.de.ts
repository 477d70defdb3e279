import type { Translations } from './en';
import type { notificationsEn } from './notifications.en';

export const notificationsDe: Translations<typeof notificationsEn> = {
  documentTitle: {
    preferences: 'Benachrichtigungen',
    unsubscribe: 'Abbestellen',
  },
  loading: 'Wird geladen …',
  error: 'Diese Seite konnte nicht geladen werden. Bitte versuchen Sie es erneut.',
  kinds: {
    answer_posted: 'Neue Antworten auf das, dem ich folge',
    comment_posted: 'Neue Kommentare zu dem, dem ich folge',
    answer_accepted: 'Meine Antwort wurde akzeptiert',
    answer_verified: 'Meine Antwort oder eine Lösung für meine Frage wurde bestätigt',
    question_closed_as_duplicate: 'Meine Frage wurde als Duplikat geschlossen',
    mention: 'Jemand hat mich erwähnt',
    question_in_followed_area: 'Neue Fragen in Schlagwörtern und Produkten, denen ich folge',
    idea_status_changed: 'Statusänderungen von Ideen',
    idea_merged: 'Zusammengeführte Ideen',
    badge_awarded: 'Abzeichen, die ich erhalten habe',
    flag_resolved: 'Meine Meldungen wurden geprüft',
    question_solved_check: 'Ist meine Frage gelöst? (Erinnerungen)',
    question_routed: 'Fragen, die auf mich als vorgeschlagene Fachperson warten',
    question_assigned: 'Mir wurde eine Frage zugewiesen',
    question_escalated: 'Eine Frage in meinen Bereichen wartet zu lange auf eine Antwort',
  },
  cadences: {
    IMMEDIATELY: 'Sofort',
    DAILY: 'Tägliche Zusammenfassung',
    WEEKLY: 'Wöchentliche Zusammenfassung',
    NEVER: 'Nie',
  },
  preferences: {
    title: 'Benachrichtigungen',
    lead: 'In der App sehen Sie Benachrichtigungen immer. Wählen Sie, welche zusätzlich per E-Mail kommen und wie oft. Zusammenfassungen kommen um 8:00 Uhr in Ihrer Zeitzone, die wöchentliche montags.',
    kindColumn: 'Benachrichtigung',
    cadenceColumn: 'E-Mail',
    defaultHint: 'Standard',
    submit: 'E-Mail-Einstellungen speichern',
    saved: 'Ihre E-Mail-Einstellungen sind gespeichert.',
    saveFailed:
      'Ihre E-Mail-Einstellungen konnten nicht gespeichert werden. Bitte versuchen Sie es erneut.',
    followTitle: 'Automatisch folgen',
    timeZoneLink: 'Zeitzone in den Kontoeinstellungen ändern',
  },
  unsubscribe: {
    title: 'Abbestellen',
    leadKind:
      'Keine E-Mails mehr zu „{{what}}“? Diese Benachrichtigungen sehen Sie weiterhin in der App.',
    leadDaily:
      'Die tägliche Zusammenfassung abbestellen? Ihre Benachrichtigungen sehen Sie weiterhin in der App.',
    leadWeekly:
      'Die wöchentliche Zusammenfassung abbestellen? Ihre Benachrichtigungen sehen Sie weiterhin in der App.',
    submit: 'Abbestellen',
    done: 'Erledigt: Sie erhalten diese E-Mails nicht mehr.',
    already: 'Sie erhalten diese E-Mails nicht mehr.',
    invalid: 'Dieser Abmeldelink ist ungültig. Vielleicht wurde er unvollständig kopiert.',
    expired: 'Dieser Abmeldelink ist abgelaufen.',
    manage: 'Alle E-Mail-Einstellungen wählen',
    missing: 'Diese Seite braucht den Link aus einer E-Mail.',
  },
  settingsLink: 'E-Mail-Einstellungen',
};
