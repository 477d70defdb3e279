import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
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

export const wide = { width: 1366, height: 900 };
export const phone = { width: 390, height: 844 };

/** Nothing on the page's own content reaches past the right edge of the window. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const tooWide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main, main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
  expect(tooWide).toEqual([]);
}

/** Both widths of the page as it is now, as `<name>-1366` and `<name>-390`, with no sideways scroll on the phone. */
export async function shootBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize(wide);
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize(phone);
  await expectNoSidewaysScroll(page);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(wide);
}
