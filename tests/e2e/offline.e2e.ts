/**
 * Offline play: after one online visit the service worker has cached the whole game, so with the
 * network gone a reload shows the title screen and 'Doorgaan' resumes the autosaved game, lazy
 * scenario chunk and all. Also checks that the built sw.js precaches every file in dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil, screenId } from './player';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Failed requests and the console lines Chromium prints for them are expected while offline. */
const NETWORK_NOISE = /ERR_INTERNET_DISCONNECTED|net::ERR_|Failed to load resource|Failed to fetch|FetchEvent/;

const untilControlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    // The worker claims open pages on activation; wait for that if it has not happened yet.
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });

describe('offline', () => {
  it('sw.js precaches every file of the build under a content-hashed cache name', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const files = JSON.parse(/const FILES = (\[[^\]]*\]);/.exec(sw)![1]!) as string[];
    expect(/const CACHE = "(koers-[0-9a-f]{12})";/.exec(sw)).not.toBeNull();
    for (const asset of readdirSync(join(DIST, 'assets'))) {
      if (!asset.endsWith('.map')) expect(files).toContain(`./assets/${asset}`);
    }
    for (const top of ['./index.html', './manifest.webmanifest', './icon.svg', './icon-maskable.svg']) {
      expect(files).toContain(top);
    }
    expect(files).not.toContain('./sw.js');
    for (const f of files) expect(existsSync(join(DIST, f)), f).toBe(true);
    // The page links the manifest relative to the base, so it works from any folder.
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('href="./manifest.webmanifest"');
  });

  it('after one online visit, a reload without network resumes the game where the player was', async () => {
    const t0 = performance.now();
    const { page, errors } = await openPage(h);
    await untilControlled(page);
    const controlledMs = performance.now() - t0;

    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await playUntil(page, 'mouse', (_id, n) => n >= 12);
    const screen = await screenId(page);
    const heading = await page.locator('.screen__title').textContent();
    // Everything this page fetched from dist/assets (entry, lazy chunks, CSS, fonts) is in the cache.
    const uncached = await page.evaluate(async () => {
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => new URL(u).pathname.startsWith('/assets/'));
      const misses = [];
      for (const u of urls) if (!(await caches.match(u))) misses.push(u);
      return { loaded: urls.length, misses };
    });
    expect(uncached.misses).toEqual([]);
    expect(uncached.loaded).toBeGreaterThan(3);

    await page.context().setOffline(true);
    // The worker itself is offline too: a file it has not cached cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch(`./niet-gecachet-${Date.now()}.txt`).then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    const t1 = performance.now();
    await page.reload();
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.locator('#paneel .screen').waitFor();
    const resumeMs = performance.now() - t1;
    expect(await screenId(page)).toBe(screen);
    expect(await page.locator('.screen__title').textContent()).toBe(heading);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(failed).toEqual([]);
    expect(await page.getByRole('alert').count()).toBe(0);
    // And it stays playable offline.
    await playUntil(page, 'mouse', (_id, n) => n >= 5);
    expect(errors.filter((e) => !NETWORK_NOISE.test(e))).toEqual([]);
    const noise = errors.length;
    console.info(
      `offline: controlled after ${Math.round(controlledMs)} ms, offline reload → resumed in ${Math.round(resumeMs)} ms, ${noise} expected network error(s)`,
    );
    await page.context().close();
  });
});
