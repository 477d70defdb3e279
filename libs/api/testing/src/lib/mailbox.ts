import { startMailCatcher, type CaughtMail, type MailCatcher } from '@forum/tools/dev-services';

export type { CaughtMail, MailCatcher };

/** How long a test waits for a mail: the queue's worker sends it, and the machine may be busy. */
export const mailWaitMs = 30_000;

/**
 * A real SMTP server for one test file; pass `smtpUrl` as SMTP_URL to the test app. It keeps the
 * newest `keep` messages (500 unless told).
 */
export async function startTestMailbox(options: { keep?: number } = {}): Promise<MailCatcher> {
  const catcher = await startMailCatcher({ smtpPort: 0, ...options });
  return {
    ...catcher,
    waitForMail: (predicate, timeoutMs = mailWaitMs) => catcher.waitForMail(predicate, timeoutMs),
  };
}

/** The first link in a mail's text that goes to `path` on the web app. */
export function linkIn(mail: CaughtMail, path: string): URL {
  const match = mail.text
    .match(/https?:\/\/\S+/g)
    ?.map((raw) => new URL(raw))
    .find((url) => url.pathname === path);
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}":\n${mail.text}`);
  return match;
}
