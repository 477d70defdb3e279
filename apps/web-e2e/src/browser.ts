import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const baseUrl = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:4200';
export const screenshotDir = join(import.meta.dirname, '../../../dist/apps/web-e2e/screenshots');

/** Debian's Chromium, never a downloaded browser, without any traffic beyond this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Reloads `page` until `locator` shows. For what the product finishes a moment later in the
 * background (badges, notifications): each attempt auto-waits a little, then asks again.
 */
export async function reloadUntilVisible(
  page: Page,
  locator: Locator,
  timeout = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await locator.waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}
