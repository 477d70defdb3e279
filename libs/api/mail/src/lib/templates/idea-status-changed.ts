import { action, type MailTemplate, quote, text } from './layout.js';

export interface IdeaStatusChangedData {
  displayName: string;
  ideaTitle: string;
  /** The new status: `under_review`, `planned`, `in_progress`, `shipped` or `declined`. */
  status: string;
  /** The product manager's public message, shown as they wrote it. */
  message: string;
  /** Absolute link to the idea's page. */
  link: string;
}

const statusLabels: Record<'en' | 'de', Record<string, string>> = {
  en: {
    under_review: 'under review',
    planned: 'planned',
    in_progress: 'in progress',
    shipped: 'shipped',
    declined: 'declined',
  },
  de: {
    under_review: 'in Prüfung',
    planned: 'geplant',
    in_progress: 'in Arbeit',
    shipped: 'umgesetzt',
    declined: 'abgelehnt',
  },
};

function label(locale: 'en' | 'de', status: string): string {
  const found = statusLabels[locale][status];
  if (!found) throw new Error(`Unknown idea status "${status}"`);
  return found;
}

export const ideaStatusChanged: MailTemplate<IdeaStatusChangedData> = {
  en: ({ displayName, ideaTitle, status, message, link }) => ({
    subject: `Idea ${label('en', status)}: ${ideaTitle}`,
    blocks: [
      text(`Hello ${displayName},`),
      text(
        `The idea "${ideaTitle}", which you proposed, voted for, commented on or asked about, is now ${label('en', status)}. The product team wrote:`,
      ),
      quote(message),
      action('Open the idea', link),
    ],
  }),
  de: ({ displayName, ideaTitle, status, message, link }) => ({
    subject: `Idee ${label('de', status)}: ${ideaTitle}`,
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        `die Idee „${ideaTitle}“, die Sie vorgeschlagen, unterstützt, kommentiert oder erfragt haben, ist jetzt ${label('de', status)}. Das Produktteam schreibt:`,
      ),
      quote(message),
      action('Idee öffnen', link),
    ],
  }),
};
