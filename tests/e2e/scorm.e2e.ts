/**
 * The SCORM 1.2 package in a learning platform: a harness page sets up scorm-again as the
 * platform (keeping what the package commits in its own storage, as an LMS keeps it on its server)
 * and loads the package, built from dist/ as `npm run package:scorm` builds it, in a same-origin
 * iframe. A student plays a masterclass game halfway, leaves, comes back, continues at the same
 * point and finishes; the platform then holds completion and one interaction per decision.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromResultCode } from '../../src/game/result-code';
import { decisionRecord } from '../../src/platform/decision-ids';
import { buildScormPackage } from '../../src/platform/package';
import { unpackSuspend } from '../../src/platform/suspend';
import { violations } from './axe';
import { type Harness, newContext, startHarness } from './harness';
import { playUntil } from './player';

const ROOT = join(import.meta.dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

/** The platform: scorm-again as window.API, its data kept in localStorage between visits. */
const HARNESS = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Leeromgeving (test)</title><link rel="icon" href="data:,">
<script src="/scorm12.js"></script>
<script>
  const KEY = 'leeromgeving.cmi';
  const stored = JSON.parse(localStorage.getItem(KEY) || 'null');
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (stored) api.loadFromJSON({ ...stored, core: { ...stored.core, entry: stored.core.exit === 'suspend' ? 'resume' : '' } }, 'cmi');
  const keep = () => localStorage.setItem(KEY, JSON.stringify(api.renderCommitCMI(true).cmi));
  window.calls = [];
  for (const f of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) {
    const own = api[f].bind(api);
    api[f] = (a) => {
      const r = own(a);
      window.calls.push(f);
      if (f !== 'LMSInitialize') keep();
      if (f === 'LMSFinish') localStorage.setItem('leeromgeving.afgesloten', String(Number(localStorage.getItem('leeromgeving.afgesloten')) + 1));
      return r;
    };
  }
  window.API = api;
</script></head><body><iframe src="/pakket/index.html?test" title="Koers" style="width:1240px;height:680px;border:0"></iframe></body></html>`;

interface Cmi {
  suspend_data: string;
  comments: string;
  core: { lesson_status: string; exit: string; session_time: string; score: { raw: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; time: string }>;
}

let h: Harness;
let server: Server;
let url: string;
/** Paths the package asked for that are not in it. */
const missing: string[] = [];
beforeAll(async () => {
  h = await startHarness();
  const dist = join(ROOT, 'dist');
  const build = new Map<string, Uint8Array>();
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }))
    if (statSync(join(dist, name)).isFile())
      build.set(relative(dist, join(dist, name)).split(sep).join('/'), readFileSync(join(dist, name)));
  const files = unzipSync(
    buildScormPackage(build, {
      scenario: 'het_baken',
      length: 'masterclass',
      seed: 123456,
      team: false,
      score: true,
      title: 'Koers (test)',
    }),
  );
  const api = readFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'));
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const body =
      path === '/'
        ? HARNESS
        : path === '/scorm12.js'
          ? api
          : path.startsWith('/pakket/')
            ? files[path.slice(8)]
            : undefined;
    if (body === undefined) {
      missing.push(path);
      return void res.writeHead(404).end();
    }
    res.writeHead(200, {
      'Content-Type': path === '/' ? TYPES['.html'] : (TYPES[extname(path)] ?? 'application/octet-stream'),
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('leeromgeving.cmi') ?? 'null')) as Promise<Cmi>;
const version = (f: Frame) =>
  f.evaluate(
    () =>
      (
        window as unknown as { __koers: { store: { getState(): { game: { version: number } } } } }
      ).__koers.store.getState().game.version,
  );
async function gameFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('geen iframe');
  await frame.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
  return frame;
}

describe('the SCORM package in a platform', () => {
  it('resumes where the student left off, completes, and lists every decision', async () => {
    const context = await newContext(h);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(url);
    let frame = await gameFrame(page);
    expect(await violations(frame as unknown as Page), 'axe: titelscherm van het pakket').toEqual([]);
    await frame.locator('#titel__nieuw').click();
    await frame.locator('#scherm-gesprek').waitFor();
    // The package's settings: a masterclass in the class's world (session code 123456).
    expect(await frame.locator('.statusbar__code').textContent()).toBe('Sessiecode 123456 · Masterclass');
    await playUntil(frame as unknown as Page, 'mouse', (screen) => screen === 'scherm-tussenevaluatie');
    const halfway = await version(frame);
    const before = await stored(page);
    expect(before.core.lesson_status).toBe('incomplete');
    expect(Object.keys(before.interactions).length).toBeGreaterThan(5);

    // The student leaves (pagehide: commit and finish) and comes back later.
    await page.goto('about:blank');
    await page.goto(url);
    frame = await gameFrame(page);
    // Leaving finished the first session (pagehide); the second has begun.
    expect(await page.evaluate(() => localStorage.getItem('leeromgeving.afgesloten'))).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual([
      'LMSInitialize',
      'LMSCommit',
    ]);
    await frame.locator('#titel__doorgaan').click();
    await frame.locator('#scherm-tussenevaluatie').waitFor();
    expect(await version(frame)).toBe(halfway);

    await playUntil(frame as unknown as Page, 'mouse');
    await frame.locator('#scherm-terugblik').waitFor();
    // The reflection assignment: an answer is kept with the game and handed in.
    await frame.locator('#opdracht__antwoord-1').fill('Eerder met de ondernemingsraad praten.');
    await frame.locator('#opdracht__inleveren').click();
    await frame.locator('#opdracht__status', { hasText: 'ingeleverd' }).waitFor();
    expect(await violations(frame as unknown as Page), 'axe: terugblik met opdracht').toEqual([]);

    const cmi = await stored(page);
    expect(cmi.core.lesson_status).toBe('completed');
    expect(Number(cmi.core.score.raw)).toBeGreaterThan(0);
    const kept = unpackSuspend(cmi.suspend_data);
    expect(kept?.answers[0]).toBe('Eerder met de ondernemingsraad praten.');
    expect(cmi.comments).toContain('Eerder met de ondernemingsraad praten.');
    const game = fromResultCode(kept?.code, inject('bundle'));
    if (!game.ok) throw new Error(game.message);
    expect(game.game.log.length).toBe(await version(frame));
    const decisions = game.game.snapshot().machine.context.sim.decisions;
    const interactions = Object.values(cmi.interactions);
    expect(interactions.map((i) => i.id)).toEqual(decisions.map((d, n) => decisionRecord(d, n).id));
    for (const i of interactions) {
      expect(i.id).toMatch(/^[\x21-\x7e]+$/);
      expect([i.type, i.result]).toEqual(['choice', 'neutral']);
      expect(i.time).toMatch(/^\d\d:\d\d:\d\d$/);
    }
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('without a platform the package plays on and says once that progress is not reported', async () => {
    const context = await newContext(h);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}pakket/index.html?test`);
    await page.locator('.notice', { hasText: 'niet aan de leeromgeving doorgegeven' }).waitFor();
    await page.locator('#titel__nieuw').click();
    await page.locator('#scherm-gesprek').waitFor();
    expect(await page.locator('.notice', { hasText: 'niet aan de leeromgeving doorgegeven' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
