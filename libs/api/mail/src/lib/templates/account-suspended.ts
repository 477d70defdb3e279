import { type MailTemplate, quote, text } from './layout.js';

export interface AccountSuspendedData {
  displayName: string;
  /** The moderator's words, shown as they wrote them. */
  reason: string;
  /**
   * When the suspension ends, as an ISO 8601 timestamp (job data travels as JSON, so a Date
   * would arrive as a string anyway).
   */
  until: string;
}

/** The end date in the reader's language; in UTC, since we do not know the reader's zone. */
function formatUntil(until: string, locale: string): string {
  const date = new Date(until);
  if (Number.isNaN(date.getTime())) throw new Error(`"until" is not a timestamp: "${until}"`);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
}

export const accountSuspended: MailTemplate<AccountSuspendedData> = {
  en: ({ displayName, reason, until }) => ({
    subject: 'Your account has been suspended',
    blocks: [
      text(`Hello ${displayName},`),
      text(
        `A moderator has suspended your Customer Community account until ${formatUntil(until, 'en-GB')} (UTC). The reason they gave:`,
      ),
      quote(reason),
      text('After that you can take part in the community again as usual.'),
    ],
  }),
  de: ({ displayName, reason, until }) => ({
    subject: 'Ihr Konto wurde gesperrt',
    blocks: [
      text(`Hallo ${displayName},`),
      text(
        `das Moderationsteam hat Ihr Konto in der Kunden-Community bis ${formatUntil(until, 'de-DE')} (UTC) gesperrt. Die angegebene Begründung:`,
      ),
      quote(reason),
      text('Danach können Sie wie gewohnt wieder in der Community mitmachen.'),
    ],
  }),
};
