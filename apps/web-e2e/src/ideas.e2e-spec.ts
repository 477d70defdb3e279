import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, reloadUntilVisible, screenshot } from './browser.js';
import { signedInPage } from './people.js';

describe('a feature idea, from proposal to the roadmap', () => {
  let browser: Browser;
  let customer: Page;
  let manager: Page;
  let ideaUrl: string;
  const title = `Split the yearly invoice download by cost centre ${Date.now()}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a customer sees a similar idea while typing, proposes theirs and votes for it', async () => {
    customer = await signedInPage(browser, 'tom.becker@demo.example', 'Tom Becker');
    await customer.goto(`${baseUrl}/ideas/new`);
    const titleField = customer.getByLabel('Title');
    await titleField.fill('invoices of a year as a ZIP');
    await customer
      .getByRole('region', { name: 'Similar ideas' })
      .getByRole('link', { name: 'Download all invoices of a year as one ZIP file' })
      .waitFor({ timeout: 15_000 });
    await screenshot(customer, 'idea-similar');

    // The shipped idea is not quite it: the customer proposes their own.
    await titleField.fill(title);
    await customer.getByLabel('Product area').selectOption({ label: 'Billing & Invoices' });
    await customer
      .getByLabel('Description')
      .fill('Each cost centre owner should get **only their** invoices in the yearly ZIP.');
    await customer.getByRole('button', { name: 'Propose idea' }).click();
    await customer.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    ideaUrl = customer.url();
    expect(ideaUrl).toMatch(/\/ideas\/[0-9a-f-]{36}$/);

    const vote = customer.getByRole('region', { name: 'Vote' });
    await vote.getByLabel('How important is it to you?').selectOption({ label: 'Critical' });
    await vote
      .getByLabel('Why? (only product managers read this)')
      .fill('Twelve cost centres, one accountant each.');
    await vote.getByRole('button', { name: 'Vote', exact: true }).click();
    await vote.getByRole('button', { name: 'Withdraw vote' }).waitFor({ timeout: 15_000 });
    await vote.getByText('1 vote', { exact: true }).waitFor();
  });

  it('a product manager plans it with a public message', async () => {
    manager = await signedInPage(browser, 'priya.raman@demo.example', 'Priya Raman');
    await manager.goto(ideaUrl);
    const panel = manager.getByRole('form', { name: 'Set status' });
    await panel.getByLabel('New status').selectOption({ label: 'Planned' });
    await panel
      .getByLabel('Public message to everyone involved')
      .fill('Planned for the next billing release.');
    await panel.getByRole('button', { name: 'Set status and notify' }).click();
    await panel.getByText('Status changed; 1 person was notified.').waitFor({ timeout: 15_000 });
    const history = manager.getByRole('region', { name: 'Status history' });
    await history.getByText('Planned · Priya Raman').waitFor({ timeout: 15_000 });
    await history.getByText('Planned for the next billing release.').waitFor();
    await screenshot(manager, 'idea-planned');
  });

  it('the customer is notified through the header and finds the idea on the roadmap', async () => {
    await customer.goto(`${baseUrl}/ideas`);
    const bell = customer.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await reloadUntilVisible(customer, bell);
    await bell.click();
    await customer.waitForURL(/\/notifications$/);
    const notification = customer.getByRole('link', { name: `“${title}” is now Planned.` });
    await notification.waitFor({ timeout: 15_000 });
    await screenshot(customer, 'idea-notification');

    await customer.getByRole('button', { name: 'Mark all as read' }).click();
    await customer
      .getByRole('link', { name: 'Notifications', exact: true })
      .waitFor({ timeout: 15_000 });

    await notification.click();
    await customer.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });

    await customer.goto(`${baseUrl}/ideas/roadmap`);
    await customer
      .getByRole('region', { name: 'Planned' })
      .getByRole('link', { name: title })
      .waitFor({ timeout: 15_000 });
    await screenshot(customer, 'idea-roadmap');
  });

  it("the product manager reads the idea's votes in the insights and exports them", async () => {
    await manager.goto(`${baseUrl}/ideas/insights`);
    const table = manager.getByRole('table').filter({
      has: manager.getByRole('columnheader', { name: 'Idea' }),
    });
    const row = table.getByRole('row').filter({ has: manager.getByRole('link', { name: title }) });
    await row.waitFor({ timeout: 15_000 });
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const cells = await row.locator('th, td').allInnerTexts();
    const column = (name: string) => cells[headers.indexOf(name)]?.trim();
    expect(column('Status')).toBe('Planned');
    expect(column('Votes')).toBe('1');
    expect(column('Orgs')).toBe('1');

    await row.getByRole('button', { name: 'Break down' }).click();
    const breakdown = manager.getByRole('region', { name: `Breakdown of “${title}”` });
    await breakdown
      .getByRole('row', { name: 'Nordlicht Logistik GmbH 1' })
      .waitFor({ timeout: 15_000 });
    await screenshot(manager, 'idea-insights');

    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.getByRole('button', { name: 'Export ideas (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^idea-ideas-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header?.split(',').slice(0, 5)).toEqual([
      'idea_id',
      'title',
      'status',
      'product',
      'votes',
    ]);
    const line = lines.find((l) => l.includes(title))?.split(',');
    expect(line?.slice(1, 5)).toEqual([title, 'planned', 'Billing & Invoices', '1']);
  });
});
