/**
 * Connects a test file to the browser and the preview server that tests/e2e/global-setup.ts
 * starts once for the whole run. Every page records console errors and uncaught exceptions, so a
 * test can assert there were none.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export interface Harness {
  url: string;
  browser: Browser;
  /** Closes this file's contexts and disconnects; the shared browser stays up for other files. */
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const { url, wsEndpoint } = inject('e2e');
  const browser = await chromium.connect(wsEndpoint);
  return { url, browser, close: () => browser.close() };
}

export interface TrackedPage {
  page: Page;
  errors: string[];
}

export async function openPage(h: Harness, size = { width: 1280, height: 720 }): Promise<TrackedPage> {
  const context = await h.browser.newContext({ viewport: size, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.url);
  await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
  return { page, errors };
}
