import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, reloadUntilVisible, shootBothWidths, wide } from './browser.js';
import {
  freshPage,
  linkIn,
  mailsWithSubject,
  signedInPage,
  signUp,
  waitForMail,
} from './people.js';

const hourMs = 60 * 60 * 1000;

/**
 * Moves the clock of the running API (and of the commands it starts) `offsetMs` ahead of real
 * time, then runs the desk's scheduled work once, as its schedule would at that moment.
 */
async function atTime(offsetMs: number): Promise<string> {
  const file = process.env['TEST_CLOCK_OFFSET_FILE'];
  if (!file)
    throw new Error('TEST_CLOCK_OFFSET_FILE is not set: run the journeys with npm run e2e');
  await writeFile(file, String(offsetMs));
  // The API reads the file at most every 200 ms.
  await sleep(400);
  const { stdout } = await promisify(execFile)(process.execPath, [
    'dist/apps/api/support-tick.mjs',
  ]);
  return stdout;
}

describe('experts answer within a day, and the customer is asked whether it is solved', () => {
  let browser: Browser;
  let asker: Page;
  let expert: Page;
  let questionUrl: string;
  let reportingUrl: string;
  const email = `jonas.keller.${Date.now()}@example.com`;
  const billingTitle = `Invoice PDF shows last month's address after I changed it ${Date.now()}`;
  const reportingTitle = `Scheduled report arrives empty every Monday morning ${Date.now()}`;
  const answerText =
    'Invoices keep the address they were issued with. Regenerate the invoice from Billing > Invoices > Reissue.';

  async function ask(title: string, product: string, details: string): Promise<string> {
    await asker.goto(`${baseUrl}/questions/ask`);
    await asker.getByLabel('Title').fill(title);
    await asker.getByLabel('Product area').selectOption({ label: product });
    await asker.getByLabel('Details', { exact: true }).fill(details);
    await asker.getByRole('button', { name: 'Post your question' }).click();
    await asker.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    return asker.url();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    asker = await freshPage(browser);
    await asker.setViewportSize(wide);
    await signUp(asker, { name: 'Jonas Keller', email, password: 'Copper-Meadow-Violin-73' });
  });

  afterAll(async () => {
    await atTime(0);
    await browser?.close();
  });

  it('a customer asks in Billing and in Reporting', async () => {
    questionUrl = await ask(
      billingTitle,
      'Billing & Invoices',
      'I changed the company address yesterday, but the new invoice PDF still shows the old one.',
    );
    reportingUrl = await ask(
      reportingTitle,
      'Reporting',
      'The weekly revenue report is scheduled for Monday 07:00 and the e-mail has an empty table.',
    );
  });

  it('the Billing expert finds it in the inbox with its clock and routing reason, and claims it', async () => {
    expert = await signedInPage(browser, 'anna.schmidt@demo.example', 'Anna Schmidt');
    await expert.getByRole('link', { name: /^Inbox, \d+ waiting$/ }).waitFor({ timeout: 15_000 });
    await expert.goto(`${baseUrl}/inbox`);
    await expert.getByRole('link', { name: /^Unclaimed/ }).click();
    const row = expert.getByRole('article', { name: billingTitle });
    // Routing runs as a job right after the question is asked.
    await reloadUntilVisible(expert, row.getByText(/^Suggested: Anna Schmidt/));
    await expect(row.getByText(/due in .+ \(business hours\)/).count()).resolves.toBe(1);
    await expect(row.getByText('Nobody on it yet').count()).resolves.toBe(1);
    await shootBothWidths(expert, 'support-inbox-en');

    await row.getByRole('button', { name: 'Claim' }).click();
    // Claimed, it moves from the unclaimed view to the expert's own.
    await expert.getByRole('link', { name: /^Mine/ }).click();
    await row.getByText('On it: Anna Schmidt').waitFor({ timeout: 15_000 });
  });

  it('answers, and the clock stops', async () => {
    await expert.goto(questionUrl);
    const panel = expert.getByRole('region', { name: 'Support desk' });
    await panel
      .getByRole('definition')
      .filter({ hasText: /^Anna Schmidt$/ })
      .waitFor({ timeout: 15_000 });
    await shootBothWidths(expert, 'support-question-panel-en');
    await expert.getByLabel('Your answer').fill(answerText);
    await expert.getByRole('button', { name: 'Post your answer' }).click();
    await expert.getByText('Thank you, your answer has been posted.').waitFor({ timeout: 15_000 });
    await reloadUntilVisible(expert, panel.getByText('clock stopped at the response'));
    await expect(panel.getByText('Responded').count()).resolves.toBeGreaterThan(0);
  });

  it('the unanswered question escalates step by step, each step once', async () => {
    // Reporting keeps the default policy: round the clock, 24 hours, warn at 75 %, admins at 150 %.
    // Sam Okafor covers Reporting and is an admin, so he hears of every step.
    const sam = 'sam.okafor@demo.example';
    // The demo inbox escalates at the same moments, so Sam's mail comes with a backlog.
    const mailToSam = (subject: string) => mailsWithSubject(sam, subject, 90_000);
    await atTime(18 * hourMs + 60_000);
    await mailToSam(`Waiting for an answer: ${reportingTitle}`);
    await atTime(24 * hourMs + 60_000);
    await mailToSam(`Response target missed: ${reportingTitle}`);
    await atTime(36 * hourMs + 60_000);
    await mailToSam(`Escalated to admins: ${reportingTitle}`);
    // Running the schedule again (the API's own runs too) tells nobody twice.
    await atTime(36 * hourMs + 120_000);
    await sleep(2_000);
    for (const step of ['Waiting for an answer', 'Response target missed', 'Escalated to admins'])
      await expect(mailToSam(`${step}: ${reportingTitle}`)).resolves.toHaveLength(1);

    const admin = await signedInPage(browser, 'sam.okafor@demo.example', 'Sam Okafor');
    await admin.goto(reportingUrl);
    const panel = admin.getByRole('region', { name: 'Support desk' });
    await panel.getByText('Target missed').waitFor({ timeout: 15_000 });
    await panel.getByText(/overdue by .+ \(business hours\)/).waitFor();
    await admin.goto(`${baseUrl}/inbox`);
    await admin.getByRole('link', { name: /^Breached/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await shootBothWidths(admin, 'support-inbox-breached-en');
    await admin.goto(`${baseUrl}/notifications`);
    await admin
      .getByRole('link', {
        name: `“${reportingTitle}” is far past its response target and was escalated to admins.`,
      })
      .waitFor({ timeout: 15_000 });
  }, 300_000);

  it('three days later the customer is asked "is it solved?", and one click in the e-mail solves it', async () => {
    await atTime(3 * 24 * hourMs + hourMs);
    const mail = await waitForMail(email, /^Is it solved\? /);
    expect(mail.subject).toBe(`Is it solved? ${billingTitle}`);
    const yes = linkIn(mail.text, '/solved?token=');
    expect(yes).toContain('action=accept');
    await asker.goto(`${baseUrl}/notifications`);
    await asker
      .getByRole('link', { name: `Is “${billingTitle}” solved? Tell us with one click.` })
      .waitFor({ timeout: 15_000 });

    // The link itself proves the asker: it works in a browser that is not signed in.
    const reader = await freshPage(browser);
    await reader.setViewportSize(wide);
    await reader.goto(yes);
    await reader.getByText('Thanks — marked as solved.').waitFor({ timeout: 15_000 });
    await shootBothWidths(reader, 'support-solved-check-en');
    // The same link again, in German: nothing changes twice, and it says so.
    const german = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await german.goto(yes);
    await german
      .getByRole('heading', { name: 'Ist Ihre Frage gelöst?' })
      .waitFor({ timeout: 15_000 });
    await german.getByText('Danke', { exact: false }).first().waitFor({ timeout: 15_000 });
    await shootBothWidths(german, 'support-solved-check-de');

    await asker.goto(questionUrl);
    await asker.getByText('Accepted by the asker').first().waitFor({ timeout: 15_000 });
    await expect(asker.getByText(answerText).count()).resolves.toBe(1);
  });
});
