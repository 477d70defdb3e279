import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, shootBothWidths, wide } from './browser.js';
import { freshPage, signUp, waitForMail } from './people.js';

describe('a person whose password someone keeps guessing', () => {
  let browser: Browser;
  const email = `mara.${Date.now()}@example.com`;
  const password = 'Amber-Lighthouse-Pepper-37';

  beforeAll(async () => {
    browser = await launchBrowser();
    await signUp(await freshPage(browser), { name: 'Mara Lindqvist', email, password });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const tryPassword = async (page: Page, guess: string, submit: string) => {
    await page.getByLabel(/^(Password|Passwort)$/).fill(guess);
    await page.getByRole('button', { name: submit, exact: true }).click();
    await page.getByRole('alert').waitFor();
  };

  it('is offered an e-mailed link once password sign-in pauses, and signs in with it', async () => {
    const page = await freshPage(browser);
    await page.setViewportSize(wide);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('E-mail address').fill(email);
    for (let attempt = 1; attempt <= 8; attempt++) {
      await tryPassword(page, `wrong guess ${attempt}`, 'Sign in');
      if (await page.getByText('Too many attempts.').isVisible()) break;
    }
    await page.getByText(/Sign-in with a password is paused for this account/).waitFor();
    await shootBothWidths(page, 'signin-link-offer-en');

    const german = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await german.setViewportSize(wide);
    await german.goto(`${baseUrl}/sign-in`);
    await german.getByLabel('E-Mail-Adresse').fill(email);
    // The right password, but password sign-in is paused: the link is the way in.
    await tryPassword(german, password, 'Anmelden');
    await expect(german.getByRole('alert').innerText()).resolves.toMatch(/Zu viele Versuche/);
    await german.getByText(/Die Anmeldung mit Passwort ist für dieses Konto/).waitFor();
    await shootBothWidths(german, 'signin-link-offer-de');

    await german.getByRole('button', { name: 'Anmeldelink per E-Mail senden' }).click();
    await german.getByText(`Falls es ein Konto für ${email} gibt`).waitFor();
    await shootBothWidths(german, 'signin-link-sent-de');

    const mail = await waitForMail(email, /sign-in link/i);
    const link = mail.text.match(/https?:\/\/\S+\/sign-in\/link\?token=\S+/)?.[0];
    if (!link) throw new Error(`no sign-in link in the mail to ${email}`);
    await german.goto(link);
    await german.getByRole('button', { name: /Mara Lindqvist/ }).waitFor({ timeout: 15_000 });
    expect(new URL(german.url()).pathname).toBe('/');

    // The link works once.
    const again = await freshPage(browser);
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await shootBothWidths(again, 'signin-link-used-en');
  });

  it('can ask for a link from the sign-in page at any time', async () => {
    const page = await freshPage(browser);
    await page.setViewportSize(wide);
    await page.goto(`${baseUrl}/sign-in`);
    await shootBothWidths(page, 'signin-page-en');
    await page.getByRole('link', { name: 'Sign in with an e-mailed link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in with an e-mailed link' }).waitFor();
    await shootBothWidths(page, 'signin-link-request-en');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    await page.getByText(`If there is an account for ${email}`).waitFor();
    await shootBothWidths(page, 'signin-link-sent-en');

    const german = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await german.setViewportSize(wide);
    await german.goto(`${baseUrl}/sign-in/link`);
    await german
      .getByRole('heading', { level: 1, name: 'Mit einem Link per E-Mail anmelden' })
      .waitFor();
    await shootBothWidths(german, 'signin-link-request-de');
  });
});
