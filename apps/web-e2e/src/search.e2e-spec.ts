import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser.js';
import { freshPage, signedInPage } from './people.js';

const resetQuestion = 'Password reset link says it has expired right away';

describe('finding a past solution', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the header box finds a demo question through a typo, and the search page shows it', async () => {
    const page = await freshPage(browser);
    await page.goto(`${baseUrl}/questions`);
    const box = page.getByRole('combobox', { name: 'Search questions' });
    await box.fill('pasword reset');

    const hit = page.getByRole('option', { name: new RegExp(resetQuestion) });
    await hit.waitFor({ timeout: 15_000 });
    await expect(hit.locator('mark').first().innerText()).resolves.toBe('Password');
    await screenshot(page, 'search-box');

    // No hit chosen: Enter goes to the search page.
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=pasword\+reset/);
    const result = page.getByTestId(/^hit-/).filter({ hasText: resetQuestion });
    await result.waitFor({ timeout: 15_000 });
    await expect(page.getByText(/^\d+ results?/).innerText()).resolves.toMatch(/result/);

    // A solved question carries its mark; a facet narrows the hits and stays in the address.
    await page.getByLabel('Search for').fill('invoces pdf');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const solved = page
      .getByTestId(/^hit-/)
      .filter({ hasText: 'How do I download all invoices of last year as PDF?' });
    await solved.waitFor({ timeout: 15_000 });
    await expect(solved.innerText()).resolves.toMatch(/Solved/);
    // The facet's state follows the address, which changes a moment after the click.
    await page.getByRole('checkbox', { name: /^Solved \(\d+\)$/ }).click();
    await page.waitForURL(/state=solved/);
    await page.getByRole('checkbox', { name: /^Solved \(\d+\)$/, checked: true }).waitFor();
    await solved.waitFor();
    await screenshot(page, 'search-page');
  });

  it('the ask form suggests it while the customer types the title', async () => {
    const page = await signedInPage(browser, 'emily.carter@demo.example', 'Emily Carter');
    await page.goto(`${baseUrl}/questions/ask`);
    await page.getByLabel('Title').fill('Password reset link expired');
    const suggestions = page.getByRole('region', { name: 'Similar questions' });
    const suggestion = suggestions.getByRole('link', { name: new RegExp(resetQuestion) });
    await suggestion.waitFor({ timeout: 15_000 });
    await screenshot(page, 'ask-similar-questions');

    // It opens in a new tab; the draft stays where it was.
    const [opened] = await Promise.all([page.context().waitForEvent('page'), suggestion.click()]);
    await opened.getByRole('heading', { name: resetQuestion }).waitFor({ timeout: 15_000 });
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(
      'Password reset link expired',
    );
  });

  it('the ask form suggests the solved question for a question-style title, in English and German', async () => {
    const page = await signedInPage(browser, 'emily.carter@demo.example', 'Emily Carter');
    const suggestions = page.getByRole('region', { name: 'Similar questions' });
    const cases = [
      {
        typed: "How can I export all of last year's invoices as PDF files?",
        solvedBy: 'How do I download all invoices of last year as PDF?',
        shot: 'ask-similar-english-title',
      },
      {
        typed: 'Wie kann ich einen Bericht automatisch jeden Montag verschicken lassen?',
        solvedBy: 'Kann ich einen Bericht jeden Montag automatisch per E-Mail verschicken?',
        shot: 'ask-similar-german-title',
      },
    ];
    for (const { typed, solvedBy, shot } of cases) {
      // A fresh form each time, so no suggestion of the title typed before can satisfy the check.
      await page.goto(`${baseUrl}/questions/ask`);
      await page.getByLabel('Title').fill(typed);
      await suggestions
        .getByRole('listitem')
        .filter({ hasText: solvedBy })
        .waitFor({ timeout: 15_000 });
      const first = await suggestions.getByRole('listitem').first().innerText();
      expect(first).toContain(solvedBy);
      expect(first).toMatch(/Solved/);
      await screenshot(page, shot);
    }
  });
});
