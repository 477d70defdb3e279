import type { Browser, Page } from 'playwright-core';
import { baseUrl } from './browser.js';

/** The password of every demo account (printed by the demo seeding). */
export const demoPassword = 'Demo-Community-2026';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

const inboxUrl = process.env['E2E_INBOX_URL'] ?? '';

/** The newest mail to `address` in the local SMTP catcher, waiting for it to arrive. */
export async function mailTo(address: string): Promise<CaughtMail> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const messages = (await (await fetch(`${inboxUrl}/api/messages`)).json()) as CaughtMail[];
    const mail = messages.filter((m) => m.to.includes(address)).at(-1);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${address}`);
}

/** The newest mail to `address` whose subject matches, waiting while other mail is newer. */
export async function waitForMail(address: string, subject: RegExp): Promise<CaughtMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = await mailTo(address);
    if (subject.test(mail.subject)) return mail;
    if (Date.now() > deadline) throw new Error(`no mail "${String(subject)}" to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Every mail to `address` with exactly this subject, once at least one has arrived; for people
 * who get much other mail at the same time (staff), which may also queue theirs for a while.
 */
export async function mailsWithSubject(
  address: string,
  subject: string,
  timeoutMs = 20_000,
): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = (await (await fetch(`${inboxUrl}/api/messages`)).json()) as CaughtMail[];
    const found = messages.filter((m) => m.to.includes(address) && m.subject === subject);
    if (found.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in a mail's text that starts with `path` on the web origin. */
export function linkIn(text: string, path: string): string {
  const link = text.match(new RegExp(`https?://\\S+${path.replace(/[?]/g, '\\?')}\\S*`))?.[0];
  if (!link) throw new Error(`no ${path} link in the mail`);
  return link;
}

/** A browser of its own for each person, so sessions never mix. */
export async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'en-GB' })).newPage();
}

/** A demo person's own browser, signed in through the real sign-in page. */
export async function signedInPage(browser: Browser, email: string, name: string): Promise<Page> {
  const page = await freshPage(browser);
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).waitFor({ timeout: 15_000 });
  return page;
}

/**
 * Signs `page` up as a new person and follows the link from the e-mail, which confirms the
 * address and signs them in.
 */
export async function signUp(
  page: Page,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel('Display name').fill(person.name);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

  const mail = await mailTo(person.email);
  const link = mail.text.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0];
  if (!link) throw new Error(`no verification link in the mail to ${person.email}`);
  await page.goto(link);
  await page
    .getByRole('heading', { name: 'Your e-mail address is confirmed' })
    .waitFor({ timeout: 15_000 });
}
