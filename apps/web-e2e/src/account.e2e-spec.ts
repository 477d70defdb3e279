import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './browser.js';
import { freshPage, signUp } from './people.js';

describe('a new customer', () => {
  let browser: Browser;
  let page: Page;
  const email = `lena.${Date.now()}@example.com`;
  const password = 'Copper-Window-Meadow-58';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await freshPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs up and confirms the address with the link from the e-mail', async () => {
    await signUp(page, { name: 'Lena Vogel', email, password });
    await screenshot(page, 'account-verified');
  });

  it('changes the display name in the settings, signs out and signs in again', async () => {
    await page.goto(`${baseUrl}/settings`);
    const name = page.getByLabel('Display name');
    await name.fill('Lena V.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile has been saved.').waitFor();

    await page.getByRole('button', { name: /Lena V\./ }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(
      /e-mail address or the password is wrong/i,
    );

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /Lena V\./ }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'account-signed-in');
  });
});
