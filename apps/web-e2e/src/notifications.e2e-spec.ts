import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, shootBothWidths, wide } from './browser.js';
import { freshPage, linkIn, signedInPage, signUp, waitForMail } from './people.js';

describe('a customer who asks is told when they are helped', () => {
  let browser: Browser;
  let asker: Page;
  let questionUrl: string;
  const email = `lena.vogt.${Date.now()}@example.com`;
  const title = `Why does the invoice PDF show the wrong VAT rate? ${Date.now()}`;
  const answerText = 'Set the tax rate on the product, not on the customer, then regenerate it.';

  beforeAll(async () => {
    browser = await launchBrowser();
    asker = await freshPage(browser);
    await asker.setViewportSize(wide);
    await signUp(asker, { name: 'Lena Vogt', email, password: 'Quiet-Harbour-Lantern-48' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks, and follows the question by doing so', async () => {
    await asker.goto(`${baseUrl}/questions/ask`);
    await asker.getByLabel('Title').fill(title);
    await asker.getByLabel('Product area').selectOption({ label: 'Billing & Invoices' });
    await asker
      .getByLabel('Details', { exact: true })
      .fill('Since the last update every PDF shows 19 % instead of 7 %.');
    await asker.getByRole('button', { name: 'Post your question' }).click();
    await asker.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    questionUrl = asker.url();
    await asker.getByRole('button', { name: 'Following', pressed: true }).waitFor();
    await asker.getByText('1 person follows this question').waitFor();
  });

  it('sees the answer arrive on the open page, and the bell counts it', async () => {
    const helper = await signedInPage(browser, 'emily.carter@demo.example', 'Emily Carter');
    await helper.goto(questionUrl);
    await helper.getByLabel('Your answer').fill(answerText);
    await helper.getByRole('button', { name: 'Post your answer' }).click();
    await helper.getByText('Thank you, your answer has been posted.').waitFor({ timeout: 15_000 });

    // No reload: the subscription brings the news to the page the asker has open.
    await asker.getByText('1 new answer').waitFor({ timeout: 15_000 });
    await asker.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 15_000 });
    await shootBothWidths(asker, 'notifications-live-answer-en');
    await asker.getByRole('button', { name: 'Show them' }).click();
    await asker.getByText(answerText).waitFor({ timeout: 15_000 });
  });

  it('gets the answer by e-mail, and its link opens the answer', async () => {
    const mail = await waitForMail(email, /^New answer: /);
    expect(mail.subject).toBe(`New answer: ${title}`);
    expect(mail.text).toContain(`Emily Carter answered "${title}".`);
    const link = linkIn(mail.text, '/questions/');
    expect(link).toMatch(/\/questions\/[0-9a-f-]{36}#answer-[0-9a-f-]{36}$/);
    await asker.goto(link);
    const answerId = new URL(link).hash.slice(1);
    await asker.locator(`[id="${answerId}"]`).getByText(answerText).waitFor({ timeout: 15_000 });
  });

  it('is told by whom when an expert verifies the solution', async () => {
    const expert = await signedInPage(browser, 'anna.schmidt@demo.example', 'Anna Schmidt');
    await expert.goto(questionUrl);
    await expert.getByRole('button', { name: 'Accept as solution' }).click();
    await expert.getByText('Verified by Anna Schmidt').first().waitFor({ timeout: 15_000 });

    await asker.goto(`${baseUrl}/notifications`);
    await asker
      .getByRole('link', { name: `Anna Schmidt verified a solution to your question “${title}”.` })
      .waitFor({ timeout: 15_000 });
    await shootBothWidths(asker, 'notifications-list-en');

    const mail = await waitForMail(email, /^A solution was verified: /);
    expect(mail.text).toContain(`Anna Schmidt verified a solution to your question "${title}".`);
  });

  it('switches off exactly that kind of e-mail with the link in it', async () => {
    const mail = await waitForMail(email, /^A solution was verified: /);
    // Works without signing in: a fresh browser follows the link.
    const reader = await freshPage(browser);
    await reader.setViewportSize(wide);
    await reader.goto(linkIn(mail.text, '/unsubscribe?token='));
    await reader
      .getByText('Stop e-mails about “My answer, or a solution to my question, was verified”?', {
        exact: false,
      })
      .waitFor({ timeout: 15_000 });
    await shootBothWidths(reader, 'notifications-unsubscribe-en');
    await reader.getByRole('button', { name: 'Unsubscribe' }).click();
    await reader.getByText('Done: you no longer get these e-mails.').waitFor();

    await asker.goto(`${baseUrl}/settings/notifications`);
    const cadence = (kind: string) =>
      asker
        .getByRole('combobox', { name: kind, exact: true })
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
    await asker
      .getByRole('combobox', { name: 'New answers on what I follow', exact: true })
      .waitFor({ timeout: 15_000 });
    await expect(cadence('My answer, or a solution to my question, was verified')).resolves.toBe(
      'Never',
    );
    await expect(cadence('New answers on what I follow')).resolves.toBe('Immediately');
    await expect(cadence('My answer was accepted')).resolves.toBe('Immediately');
    await shootBothWidths(asker, 'notifications-settings-en');
  });

  it('lists what the customer follows, in English and German', async () => {
    await asker.goto(`${baseUrl}/following`);
    await asker.getByRole('link', { name: title }).waitFor({ timeout: 15_000 });
    await shootBothWidths(asker, 'following-en');

    const german = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await german.setViewportSize(wide);
    await german.goto(`${baseUrl}/sign-in`);
    await german.getByLabel('E-Mail-Adresse').fill(email);
    await german.getByLabel('Passwort', { exact: true }).fill('Quiet-Harbour-Lantern-48');
    await german.getByRole('button', { name: 'Anmelden' }).click();
    await german.getByRole('button', { name: /Lena Vogt/ }).waitFor({ timeout: 15_000 });
    for (const [path, name] of [
      ['/following', 'following-de'],
      ['/notifications', 'notifications-list-de'],
      ['/settings/notifications', 'notifications-settings-de'],
    ] as const) {
      await german.goto(`${baseUrl}${path}`);
      await german.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
      await german.waitForLoadState('networkidle');
      await shootBothWidths(german, name);
    }
    await german.goto(questionUrl);
    await german.getByRole('button', { name: 'Folge ich', pressed: true }).waitFor({
      timeout: 15_000,
    });
    await shootBothWidths(german, 'notifications-question-de');
  });
});
