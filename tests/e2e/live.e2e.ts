/**
 * A live workshop in the browser: the live server runs embedded in this test (one process,
 * in memory, serving dist/ on a free port); a facilitator and three participants in separate
 * browser contexts run a dilemma session (individual vote, then team vote, reveal, arguments,
 * a facilitator reload, the CSV) and a masterclass team game (hold at the end of quarter 1,
 * release, results arriving by themselves into the comparison). Nothing is pasted by hand.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as path } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startServer } from '../../server/app';
import { violations } from './axe';
import { type Harness, onOneSharedPage, openPage, startHarness, type TrackedPage } from './harness';
import { playUntil, screenId } from './player';

const PHONE = { width: 390, height: 844 };
let server: Running;
let h: Harness;
let live: Harness;
let host: TrackedPage;
let teams: TrackedPage[] = [];
const tracked: TrackedPage = {
  get page() {
    return host.page;
  },
  get errors() {
    return [...host.errors, ...teams.flatMap((t) => t.errors)];
  },
};

beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    staticDir: path(import.meta.dirname, '../../dist'),
    ttl: 3_600_000,
  });
  h = await startHarness();
  live = { ...h, url: `http://127.0.0.1:${server.port}/?test` };
  host = await openPage(live);
  teams = await Promise.all([openPage(live, PHONE), openPage(live, PHONE), openPage(live, PHONE)]);
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});
onOneSharedPage(() => tracked);

/** Starts a session from the title screen and returns its join code. */
async function startSession(page: Page, kind: 'Teamspel' | 'Dilemmasessie'): Promise<string> {
  await page.getByRole('button', { name: 'Live sessie starten' }).click();
  await page.getByLabel(kind).check();
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  const code = (await page.locator('#live__code').textContent({ timeout: 15_000 }))?.replace(/\s/g, '') ?? '';
  expect(code).toMatch(/^[ACEFHJKMNPRTWXY34679]{6}$/);
  return code;
}

/** Joins: the first team by the QR link, the others by typing the code on the title screen. */
async function join(page: Page, i: number, code: string, name: string) {
  if (i === 0) await page.goto(`${live.url}&live=${code}`);
  else {
    await page.goto(live.url);
    await page.getByRole('button', { name: 'Meedoen met code' }).click();
    await page.getByLabel('Code van het grote scherm').fill(code.toLowerCase().replace(/^(...)/, '$1 '));
  }
  await page.getByLabel('Teamnaam of voornaam').fill(name);
  await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
}

const vote = (page: Page, option: number) => page.locator(`#stem__optie-${option}`).click();

describe('a live dilemma session', () => {
  let code = '';
  it('the big screen shows the join code, a QR code and who joined', async () => {
    code = await startSession(host.page, 'Dilemmasessie');
    expect(await host.page.locator('svg.qr').count()).toBe(1);
    await Promise.all(teams.map((t, i) => join(t.page, i, code, ['Anna', 'Bram', 'Cem'][i]!)));
    await Promise.all(teams.map((t) => t.page.locator('#stem__wacht').waitFor()));
    await host.page.getByRole('heading', { name: 'Meegedaan: 3 deelnemers' }).waitFor();
    expect(await violations(host.page)).toEqual([]);
  });

  it('phones vote first individually, then as a team; the tally shows only when revealed', async () => {
    await host.page.locator('#live__open').click();
    await Promise.all(teams.map((t) => t.page.getByText('Eerst uw eigen mening').waitFor()));
    expect(await violations(teams[0]!.page)).toEqual([]);
    await Promise.all(teams.map((t, i) => vote(t.page, i === 2 ? 1 : 0)));
    await host.page.getByText('3 van 3 deelnemers hebben gestemd').waitFor();
    expect(await host.page.locator('.live-uitslag').count()).toBe(0);

    await host.page.locator('#live__fase').click();
    await Promise.all(teams.map((t) => t.page.getByText('Na het gesprek: wat kiest u nu?').waitFor()));
    await Promise.all(teams.map((t) => vote(t.page, 1)));
    await host.page.getByText('3 van 3 deelnemers hebben gestemd (stem na het gesprek)').waitFor();
    await host.page.locator('#live__toon').click();
    const after = host.page.locator('.live-uitslag', { hasText: 'Stem na het gesprek' });
    await after.waitFor();
    expect(await after.locator('.live-uitslag__getal').allTextContents()).toEqual(
      expect.arrayContaining(['3 stemmen (100%)']),
    );
    await teams[0]!.page.getByRole('heading', { name: 'Zo stemde de zaal' }).waitFor();
  });

  it('the facilitator types the room’s arguments; a reload of the big screen comes back to the session', async () => {
    const field = host.page.locator('textarea.live-dilemma__argumenten');
    await field.fill('Veiligheid eerst; maar wie betaalt?');
    await field.blur();
    await host.page.waitForTimeout(300); // the save goes out on blur; the server echoes the session
    await host.page.reload();
    await host.page.locator('#live__code').waitFor();
    expect((await host.page.locator('#live__code').textContent())?.replace(/\s/g, '')).toBe(code);
    expect(await host.page.locator('textarea.live-dilemma__argumenten').inputValue()).toBe(
      'Veiligheid eerst; maar wie betaalt?',
    );
  });

  it('runs the other dilemmas to a summary whose CSV holds the votes and the arguments', async () => {
    while (!(await host.page.locator('#live__samenvatting').count())) {
      await host.page.locator('#live__tweemaal').uncheck();
      await host.page.locator('#live__open').click();
      await host.page.locator('#live__toon').click();
      await host.page.locator('#live__samenvatting, #live__open').first().waitFor();
    }
    await host.page.locator('#live__samenvatting').click();
    const [download] = await Promise.all([host.page.waitForEvent('download'), host.page.locator('#live__csv').click()]);
    const file = path(tmpdir(), `koers-live-${process.pid}.csv`);
    await download.saveAs(file);
    const csv = await readFile(file, 'utf8');
    expect(csv).toContain('Veiligheid eerst; maar wie betaalt?');
    expect(csv.split('\r\n')[1]).toMatch(/;A;".*";2;0;"Veiligheid/);
    await host.page.locator('#live__einde').click();
    await host.page.locator('#tabblad__ja').click();
    await host.page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
  });
});

describe('a live team game (masterclass)', () => {
  it('teams join and the control room lists them', async () => {
    const code = await startSession(host.page, 'Teamspel');
    await Promise.all(teams.map((t, i) => join(t.page, i, code, `Team ${['Rood', 'Groen', 'Blauw'][i]}`)));
    await Promise.all(
      teams.map((t) =>
        t.page
          .locator('#live__status')
          .getByText(/verbonden/)
          .waitFor(),
      ),
    );
    await host.page.locator('#live__tabel tbody tr').nth(2).waitFor();
    expect(await violations(host.page)).toEqual([]);
  });

  it('holds every team at the end of quarter 1 and releases them together', async () => {
    await host.page.locator('#live__hold-kwartaal').selectOption('1');
    await host.page.locator('#live__vasthouden').click();
    await host.page.locator('#live__vrijgeven').waitFor();
    await Promise.all(
      teams.map(async (t, i) => {
        // Each team answers its first choice its own way, so the three games differ.
        const choices = t.page.locator('.btn--choice');
        await playUntil(t.page, 'mouse', async () => (await choices.count()) > i);
        await choices.nth(i).click();
        await playUntil(t.page, 'mouse', async (id) => id === 'scherm-rapportage');
        await t.page.locator('#rapportage__verder').click();
        await t.page.getByText('De begeleider houdt alle teams even vast').waitFor();
        expect(await screenId(t.page)).toBe('scherm-rapportage');
      }),
    );
    await host.page.getByText('3 van 3 wachten aan het eind van kwartaal 1').waitFor();
    await host.page.locator('#live__vrijgeven').click();
    await host.page.locator('#live__vasthouden').waitFor();
  });

  it('results arrive by themselves — one final, two interim — and open in the comparison', async () => {
    // Two teams go on into quarter 2 (their interim result goes out), one plays to the end.
    await Promise.all(teams.slice(1).map((t) => t.page.locator('#rapportage__verder').click()));
    await playUntil(teams[0]!.page, 'mouse');
    const rows = host.page.locator('#live__tabel tbody tr');
    await rows.filter({ hasText: 'eindresultaat' }).waitFor();
    await expect.poll(() => rows.filter({ hasText: 'tussenstand' }).count()).toBe(2);
    await host.page.getByRole('button', { name: /Resultaten vergelijken \(3 resultaten/ }).click();
    await host.page.getByRole('heading', { name: 'Teams (3)' }).waitFor();
    // Named as they joined: the name travels in each team's result code.
    const names = await host.page
      .locator('.begeleider__naam')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort());
    expect(names).toEqual(['Team Blauw', 'Team Groen', 'Team Rood']);
    expect(await violations(host.page)).toEqual([]);
  });
});
