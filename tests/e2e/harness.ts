/**
 * Connects a test file to the browser and the preview server that tests/e2e/global-setup.ts
 * starts once for the whole run. Every page records console errors and uncaught exceptions, so a
 * test can assert there were none.
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, onTestFinished } from 'vitest';

export interface Harness {
  url: string;
  browser: Browser;
  /** Whether pages show the world (see hideWorld). */
  showWorld: boolean;
  /** Closes this file's contexts and disconnects; the shared browser stays up for other files. */
  close(): Promise<void>;
}

/** A file that looks at the world (the town, the layout's screenshots) asks for it with `showWorld`. */
export async function startHarness(opts: { showWorld?: boolean } = {}): Promise<Harness> {
  const { url, wsEndpoint } = inject('e2e');
  const browser = await chromium.connect(wsEndpoint);
  return { url, browser, showWorld: opts.showWorld ?? false, close: () => browser.close() };
}

/**
 * In the page: hides the Phaser world and shrinks it to 8×8 pixels. It still runs and draws (its
 * errors still reach the console); only the cost is gone. Without a GPU, Chromium draws WebGL in
 * software (SwiftShader): a full-size canvas cost about 100 ms of CPU per move by mouse, and its
 * compositing about 40% of every move. The size is set when the element is parsed, before the
 * game's module boots Phaser, so the canvas is small from the start. (No named helpers inside: the
 * name helper a transpiler adds does not exist in the page.)
 */
function hideWorld() {
  const watch = new MutationObserver(() => {
    const world = document.getElementById('wereld');
    if (!world) return;
    watch.disconnect();
    world.style.cssText += ';visibility:hidden;inset:auto;width:8px;height:8px';
  });
  watch.observe(document, { childList: true, subtree: true });
  // A page without the world (the learning platform around the game's frame) stops looking.
  document.addEventListener('DOMContentLoaded', () => watch.disconnect());
}

/**
 * A browser context as every test file opens one: 1280×720 unless asked otherwise, reduced motion,
 * and the world hidden unless the file looks at it (startHarness's `showWorld`).
 */
export async function newContext(h: Harness, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
    ...opts,
  });
  if (!h.showWorld) await context.addInitScript(hideWorld);
  return context;
}

export interface TrackedPage {
  page: Page;
  errors: string[];
}

export async function openPage(
  h: Harness,
  size = { width: 1280, height: 720 },
  /** Runs in the page before any of the game's scripts (to stand in for a browser's refusals). */
  init?: (arg: string) => void,
  /** What `init` is called with. */
  initArg = '',
): Promise<TrackedPage> {
  const context = await newContext(h, { viewport: size });
  if (init) await context.addInitScript(init, initArg);
  // A page opened inside a test closes with it: left open, it would go on drawing the world while
  // the next tests run. (A page opened in beforeAll is shared by the file and closes with it.)
  if (expect.getState().currentTestName !== undefined) onTestFinished(() => context.close());
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

/**
 * For a file whose tests play on, in order, on one shared page: every test, run alone or with the
 * others, fails when the page logged a console error or an uncaught exception during it; once one
 * fails, the rest are skipped with the reason, rather than failing on a page in an unknown state.
 */
export function onOneSharedPage(tracked: () => TrackedPage | undefined): void {
  let failed: string | undefined;
  beforeEach((ctx) => {
    if (failed) ctx.skip(`overgeslagen: "${failed}" faalde, en deze test speelt op dezelfde pagina verder`);
    ctx.onTestFailed(() => {
      failed = ctx.task.name;
    });
  });
  afterEach(() => {
    expect(tracked()?.errors, 'consolefouten op de pagina').toEqual([]);
  });
}
