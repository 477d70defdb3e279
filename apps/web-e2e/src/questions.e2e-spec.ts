import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser.js';
import { freshPage, signedInPage } from './people.js';

describe('a question, from asking to the verified solution', () => {
  let browser: Browser;
  let questionUrl: string;
  const title = `How can I split one invoice across two cost centres? ${Date.now()}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a customer asks', async () => {
    const asker = await signedInPage(browser, 'jana.hoffmann@demo.example', 'Jana Hoffmann');
    await asker.goto(`${baseUrl}/questions/ask`);
    await asker.getByLabel('Title').fill(title);
    await asker.getByLabel('Product area').selectOption({ label: 'Billing & Invoices' });
    await asker
      .getByLabel('Details', { exact: true })
      .fill('Our finance team wants **half** of the amount on each cost centre.');
    await asker.getByRole('button', { name: 'Post your question' }).click();
    await asker.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    questionUrl = asker.url();
    expect(questionUrl).toMatch(/\/questions\/[0-9a-f-]{36}\/how-can-i-split-one-invoice/);
  });

  it('another customer answers', async () => {
    const helper = await signedInPage(browser, 'emily.carter@demo.example', 'Emily Carter');
    await helper.goto(questionUrl);
    await helper
      .getByLabel('Your answer')
      .fill(
        'Create a credit note for half the amount and a second invoice on the other cost centre.',
      );
    await helper.getByRole('button', { name: 'Post your answer' }).click();
    await helper.getByText('Thank you, your answer has been posted.').waitFor({ timeout: 15_000 });
  });

  it('an expert verifies the solution, shown with their name and title', async () => {
    const expert = await signedInPage(browser, 'anna.schmidt@demo.example', 'Anna Schmidt');
    await expert.goto(questionUrl);
    await expert.getByRole('button', { name: 'Accept as solution' }).click();
    await expert
      .getByText('Verified by Anna Schmidt, Support Engineer, Billing')
      .waitFor({ timeout: 15_000 });
    await screenshot(expert, 'question-verified');
  });

  it('shows the question as solved in every list', async () => {
    const visitor = await freshPage(browser);
    for (const list of [
      '/questions',
      '/questions?sort=newest',
      '/questions?sort=top',
      '/questions?state=solved',
    ]) {
      await visitor.goto(`${baseUrl}${list}`);
      const row = visitor.getByRole('listitem').filter({ hasText: title });
      await row.waitFor({ timeout: 15_000 });
      await expect(row.innerText()).resolves.toMatch(/Solved/);
    }
    await screenshot(visitor, 'questions-solved');
  });
});
