import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser.js';
import { signedInPage } from './people.js';

describe('staff tidy up: ideas merged and linked to questions, tags and product areas', () => {
  let browser: Browser;
  let manager: Page;
  let admin: Page;
  const stamp = Date.now();
  const duplicate = `Webhook whenever an invoice is created ${stamp}`;
  const target = 'Webhooks for new and changed invoices';
  const question = 'Webhook deliveries fail with 401 after rotating the signing secret';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a product manager merges a duplicate idea into the one that stays', async () => {
    manager = await signedInPage(browser, 'priya.raman@demo.example', 'Priya Raman');
    await manager.goto(`${baseUrl}/ideas/new`);
    await manager.getByLabel('Title').fill(duplicate);
    await manager.getByLabel('Product area').selectOption({ label: 'API & Integrations' });
    await manager.getByLabel('Description').fill('Our ERP wants to hear about every new invoice.');
    await manager.getByRole('button', { name: 'Propose idea' }).click();
    await manager.getByRole('heading', { name: duplicate }).waitFor({ timeout: 15_000 });
    const duplicateUrl = manager.url();

    const merge = manager.getByRole('region', { name: 'Merge into another idea' });
    await merge
      .getByRole('searchbox', { name: 'Find the idea to merge into' })
      .fill('webhooks invoices');
    await merge.getByRole('button', { name: 'Search' }).click();
    await merge.getByRole('radio', { name: target }).check({ timeout: 15_000 });
    await screenshot(manager, 'curation-merge');
    await merge.getByRole('button', { name: `Merge into “${target}”` }).click();
    await manager.getByRole('heading', { name: target, level: 1 }).waitFor({ timeout: 15_000 });
    expect(manager.url()).not.toBe(duplicateUrl);

    // The duplicate's address now leads to the idea that stayed.
    await manager.goto(duplicateUrl);
    await manager.getByRole('heading', { name: target, level: 1 }).waitFor({ timeout: 15_000 });
  });

  it('links a question to the idea, and the question page lists the idea', async () => {
    const questions = manager.getByRole('region', { name: 'Questions asking for this' });
    await questions
      .getByRole('searchbox', { name: 'Find a question that asks for this idea' })
      .fill('webhook 401 signing secret');
    await questions.getByRole('button', { name: 'Search' }).click();
    await questions.getByRole('radio', { name: question }).check({ timeout: 15_000 });
    await questions.getByRole('button', { name: 'Link question' }).click();
    await questions.getByText(`“${question}” is now linked.`).waitFor({ timeout: 15_000 });
    await questions.getByRole('link', { name: question }).click();

    const ideas = manager.getByRole('complementary', {
      name: 'Feature ideas this question asks for',
    });
    await ideas.getByRole('link', { name: target }).waitFor({ timeout: 15_000 });
    await screenshot(manager, 'curation-question-ideas');
  });

  it('an admin renames a tag from the admin menu', async () => {
    admin = await signedInPage(browser, 'sam.okafor@demo.example', 'Sam Okafor');
    await admin.getByRole('button', { name: 'Sam Okafor' }).click();
    await admin.getByRole('link', { name: 'Tags' }).click();
    await admin.waitForURL(/\/admin\/tags$/);

    await admin.getByRole('textbox', { name: 'Tag contains' }).fill('retries');
    await admin.getByRole('button', { name: 'Search', exact: true }).click();
    await admin.getByRole('table', { name: '1 tag, most used first' }).waitFor({ timeout: 15_000 });
    await admin.getByRole('button', { name: 'Rename retries' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Rename “retries”' });
    await dialog.getByLabel(/New name/).fill('Delivery retries');
    await dialog.getByRole('button', { name: 'Rename tag' }).click();
    await admin
      .getByText('“retries” is now called “delivery-retries”.')
      .waitFor({ timeout: 15_000 });
    await screenshot(admin, 'curation-tags');

    // The question carries the new name.
    await admin.goto(`${baseUrl}/questions?tag=delivery-retries`);
    await admin.getByRole('link', { name: question }).waitFor({ timeout: 15_000 });
  });

  it('the admin adds a product area, and askers can choose it', async () => {
    const slug = `mobile-${stamp}`;
    await admin.goto(`${baseUrl}/admin/products`);
    const form = admin.getByRole('form', { name: 'Add a product area' });
    await form.getByRole('textbox', { name: /^Name/ }).fill(`Mobile app ${stamp}`);
    await form.getByRole('textbox', { name: /^Short name/ }).fill(slug);
    await form.getByLabel(/^Description/).fill('The iOS and Android apps.');
    await form.getByRole('button', { name: 'Add product area' }).click();
    await admin.getByText(`“Mobile app ${stamp}” has been added.`).waitFor({ timeout: 15_000 });
    await admin
      .getByRole('table', { name: 'All product areas' })
      .getByRole('row', { name: new RegExp(`Mobile app ${stamp}`) })
      .waitFor();
    await screenshot(admin, 'curation-products');

    await admin.goto(`${baseUrl}/questions/ask`);
    await admin
      .getByLabel('Product area')
      .locator('option', { hasText: `Mobile app ${stamp}` })
      .waitFor({ state: 'attached', timeout: 15_000 });
  });
});
