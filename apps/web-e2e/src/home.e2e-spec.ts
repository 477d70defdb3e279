import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser.js';

describe('home page', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows live health of the API and its dependencies', async () => {
    await page.goto(baseUrl);
    const overall = page.getByTestId('health-status');
    await overall.getByText('Up', { exact: true }).waitFor({ timeout: 20_000 });
    for (const dependency of ['database', 'search', 'jobs']) {
      await expect(page.getByTestId(`health-${dependency}`).innerText()).resolves.toMatch(/Up/);
    }
    expect(existsSync(await screenshot(page, 'home-en'))).toBe(true);
  });

  it('is styled by the design tokens of the production build', async () => {
    const accent = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--forum-color-accent').trim(),
    );
    expect(accent).toBe('#1f6f8b');
  });

  it('switches the interface to German and keeps the choice', async () => {
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page
      .getByTestId('health-status')
      .getByText('Verfügbar', { exact: true })
      .waitFor({ timeout: 10_000 });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.reload();
    await page
      .getByTestId('health-status')
      .getByText('Verfügbar', { exact: true })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'home-de');
  });

  it('shows a page for unknown addresses', async () => {
    const response = await page.goto(`${baseUrl}/no/such/page`);
    expect(response?.status()).toBe(200);
    // The language chosen in the previous journey step is still in effect.
    await page.getByRole('heading', { name: /nicht gefunden/i }).waitFor({ timeout: 10_000 });
  });
});
