import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, reloadUntilVisible, screenshot } from './browser.js';
import { freshPage, signedInPage, signUp } from './people.js';

/** Shows `page` at a desktop and a phone width; neither may scroll sideways. */
async function atBothWidths(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`);
    // How far the page scrolls sideways, and what sticks out, so a failure says where to look.
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return {
        pixels: document.documentElement.scrollWidth - limit,
        culprits: [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > limit + 1)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
          .slice(0, 5),
      };
    });
    expect({ name, width, overflow: overflow.pixels > 0 ? overflow : 0 }).toEqual({
      name,
      width,
      overflow: 0,
    });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function switchLanguage(page: Page, label: 'Deutsch' | 'English'): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
}

describe('flags, the review queue and spam held for review', () => {
  let browser: Browser;
  const run = Date.now();
  const spamText = `Cheap licence keys for every product, today only at https://deals.example/${run}`;
  let questionUrl: string;
  let moderator: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an admin lowers the flag weight that hides a post', async () => {
    const admin = await signedInPage(browser, 'sam.okafor@demo.example', 'Sam Okafor');
    await admin.goto(`${baseUrl}/admin/moderation`);
    const weight = admin.getByLabel('Flag weight that hides a post');
    await weight.fill('2');
    // Journeys fill forms faster than anyone types; this rule is about people, not browsers.
    await admin.getByLabel('Hold posts written faster than anyone types').uncheck();
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('Saved.').waitFor({ timeout: 15_000 });
    await atBothWidths(admin, 'moderation-settings-en');
    await switchLanguage(admin, 'Deutsch');
    await admin.getByRole('heading', { name: 'Moderationseinstellungen' }).waitFor();
    await atBothWidths(admin, 'moderation-settings-de');
    await switchLanguage(admin, 'English');
  });

  it('a new account posts a spam answer', async () => {
    const spammer = await freshPage(browser);
    await signUp(spammer, {
      name: `Deal Hunter ${run}`,
      email: `deals-${run}@example.com`,
      password: 'Velvet-Harbour-Engine-71',
    });
    await spammer.goto(`${baseUrl}/questions`);
    await spammer
      .getByRole('main')
      .getByRole('link', { name: /download all invoices/ })
      .first()
      .click();
    await spammer.getByLabel('Your answer').waitFor({ timeout: 15_000 });
    questionUrl = spammer.url();
    await spammer.getByLabel('Your answer').fill(spamText);
    await spammer.getByRole('button', { name: 'Post your answer' }).click();
    await spammer.getByText('Thank you, your answer has been posted.').waitFor({ timeout: 15_000 });
  });

  it('members flag it until it hides', async () => {
    for (const [index, reason] of (['Spam', 'Offensive or abusive'] as const).entries()) {
      const member = await freshPage(browser);
      await signUp(member, {
        name: `Careful Reader ${index} ${run}`,
        email: `reader-${index}-${run}@example.com`,
        password: 'Amber-Lantern-Quartz-39',
      });
      await member.goto(questionUrl);
      // The question's article holds its answers; each answer is its own.
      const answer = member.locator('[data-testid^="answer-"]').filter({ hasText: spamText });
      await answer.getByRole('button', { name: 'Flag this answer' }).click();
      const dialog = member.getByRole('dialog', { name: 'Flag this answer' });
      await dialog.getByRole('radio', { name: new RegExp(reason) }).check();
      if (index === 0) {
        await atBothWidths(member, 'flag-dialog-en');
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await switchLanguage(member, 'Deutsch');
        await answer.getByRole('button', { name: 'Diese Antwort melden' }).click();
        await member.getByRole('dialog', { name: 'Diese Antwort melden' }).waitFor();
        await atBothWidths(member, 'flag-dialog-de');
        await member.keyboard.press('Escape');
        await switchLanguage(member, 'English');
        await answer.getByRole('button', { name: 'Flag this answer' }).click();
        await dialog.getByRole('radio', { name: new RegExp(reason) }).check();
      }
      await dialog.getByRole('button', { name: 'Send flag' }).click();
      // The dialog closes once the flag is taken (a refusal keeps it open, in words).
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });
      if (index === 0) {
        await member
          .getByText(
            'Thank you. The moderators will review it; you will be notified of the outcome.',
          )
          .waitFor();
      }
    }

    const visitor = await freshPage(browser);
    await visitor.goto(questionUrl);
    await visitor.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    await expect(visitor.getByText(spamText).count()).resolves.toBe(0);
  });

  it('a moderator reviews it from the queue and suspends its author', async () => {
    moderator = await signedInPage(browser, 'lukas.brandt@demo.example', 'Lukas Brandt');
    await moderator.getByRole('link', { name: /^Review/ }).click();
    const item = moderator.getByRole('article').filter({ hasText: spamText });
    await item.waitFor({ timeout: 15_000 });
    await expect(item.innerText()).resolves.toMatch(/Hidden by flags/);
    await expect(item.innerText()).resolves.toMatch(/Spam by Careful Reader 0/);
    await atBothWidths(moderator, 'review-queue-en');
    await switchLanguage(moderator, 'Deutsch');
    await moderator.getByRole('heading', { name: 'Prüfliste' }).waitFor();
    await atBothWidths(moderator, 'review-queue-de');
    await switchLanguage(moderator, 'English');

    await item.getByRole('button', { name: 'Claim' }).click();
    await item.getByText(/You are reviewing this until/).waitFor({ timeout: 15_000 });
    await item.getByRole('button', { name: 'Suspend author' }).click();
    const dialog = moderator.getByRole('dialog', { name: /^Suspend author:/ });
    await dialog.getByLabel('Reason').fill('Advertises licence keys in answers');
    await dialog.getByRole('button', { name: 'Suspend author' }).click();
    // Done, or the refusal in words, which the assertion then shows.
    const outcome = moderator.getByText('Done.').or(dialog.getByRole('alert')).first();
    await outcome.waitFor({ timeout: 15_000 });
    await expect(outcome.innerText()).resolves.toBe('Done.');
    // Decided items leave the open queue.
    await moderator
      .getByRole('article')
      .filter({ hasText: spamText })
      .waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('the audit log shows the hiding decision and the suspension', async () => {
    const admin = await signedInPage(browser, 'sam.okafor@demo.example', 'Sam Okafor');
    await admin.goto(`${baseUrl}/admin/audit`);
    const table = admin.getByRole('table', { name: 'Staff actions, newest first' });
    await table.waitFor({ timeout: 15_000 });
    const byLukas = table.getByRole('row').filter({ hasText: 'Lukas Brandt' });
    await byLukas.filter({ hasText: 'Account suspended' }).first().waitFor();
    await byLukas.filter({ hasText: 'Review rejected' }).first().waitFor();
    await expect(
      byLukas.filter({ hasText: 'Advertises licence keys in answers' }).count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('a new account’s link-laden first question waits for review until a moderator approves it', async () => {
    const title = `Where do I find the reporting guides? ${run}`;
    const newcomer = await freshPage(browser);
    await signUp(newcomer, {
      name: `Link Collector ${run}`,
      email: `links-${run}@example.com`,
      password: 'Silent-Meadow-Copper-64',
    });
    await newcomer.goto(`${baseUrl}/questions/ask`);
    await newcomer.getByLabel('Title').fill(title);
    await newcomer.getByLabel('Product area').selectOption({ label: 'Billing & Invoices' });
    await newcomer
      .getByLabel('Details', { exact: true })
      .fill(
        'I found https://docs.example.com/a, https://docs.example.com/b and https://docs.example.com/c — which one is current?',
      );
    await newcomer.getByRole('button', { name: 'Post your question' }).click();
    await newcomer.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    await newcomer.getByText('Waiting for review').first().waitFor();
    const url = newcomer.url();

    const visitor = await freshPage(browser);
    await visitor.goto(url);
    await visitor.getByRole('heading', { name: 'We could not find that question' }).waitFor({
      timeout: 15_000,
    });

    await moderator.goto(`${baseUrl}/review?cause=SPAM_RULE`);
    const item = moderator.getByRole('article').filter({ hasText: title });
    await item.waitFor({ timeout: 15_000 });
    await expect(item.innerText()).resolves.toMatch(/Held by the rule: Many links/);
    await item.getByRole('button', { name: 'Approve' }).click();
    const dialog = moderator.getByRole('dialog', { name: /^Approve:/ });
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await moderator.getByText('Done.').waitFor({ timeout: 15_000 });

    await reloadUntilVisible(visitor, visitor.getByRole('heading', { name: title }));
  });
});
