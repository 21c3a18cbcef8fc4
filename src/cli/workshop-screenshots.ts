/**
 * Screenshots of the workshop screens to look at by eye: the dilemma session (composing, votes
 * with the room's own option and notes, the reveal, the summary) and a team vote with its
 * confirm step, at 390, 1024, 1280 and 1920 px wide. After a build:
 *
 *     npx tsx src/cli/workshop-screenshots.ts [out-dir]     (default: /tmp/koers-workshop)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const OUT = process.argv[2] ?? '/tmp/koers-workshop';
const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);

async function dilemma(page: Page, url: string, shot: (name: string) => Promise<void>) {
  await page.goto(url);
  await page.locator('#titel__dilemma').click();
  await page.locator('#dilemma__kop').waitFor();
  await shot('dilemma-1-kiezen');
  await page.locator('.dilemma-sets button').first().click();
  await page.locator('#dilemma__verder').click();
  await page.locator('#stem-0').fill('7');
  await page.locator('#stem-1').fill('4');
  await page.locator('#eigen-optie').fill('Eerst met de teams praten, dan pas beslissen');
  await page.locator('#stem-eigen').fill('5');
  await page.locator('#notities').fill('Voor A: snel duidelijk. Tegen A: de teams voelen zich overvallen.');
  await shot('dilemma-2-stemmen');
  await page.locator('#dilemma__onthul').click();
  await page.locator('.dilemma-scherm--onthulling').waitFor();
  await shot('dilemma-3-onthulling');
  await page.locator('#dilemma__stoppen').click();
  await page.locator('.dilemma-scherm--samenvatting').waitFor();
  await shot('dilemma-4-samenvatting');
}

async function team(page: Page, url: string, shot: (name: string) => Promise<void>) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
  await page.getByLabel('Als team rond één scherm (2–6 personen)').check();
  await page.getByRole('button', { name: 'Start het spel' }).click();
  for (let i = 0; i < 60 && !(await page.locator('#scherm-intake').count()); i++) {
    const next = page.locator('#gesprek__verder, .btn--choice').first();
    await next.click();
    if (await page.locator('#team__bevestig[open]').count()) await page.locator('#team__ja').click();
  }
  for (const name of ['commitment', 'leader']) await page.locator(`input[name="${name}"]`).first().check();
  await page.locator('input[data-support="voor"]').fill('4');
  await page.locator('input[data-support="tegen"]').fill('1');
  await shot('team-1-stemmen');
  await page.locator('#intake button[type="submit"]').click();
  await page.locator('#team__bevestig[open]').waitFor();
  await shot('team-2-bevestigen');
}

async function main() {
  if (!CHROMIUM) throw new Error('Chromium niet gevonden');
  mkdirSync(OUT, { recursive: true });
  const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (typeof address !== 'object' || !address) throw new Error('de preview-server heeft geen poort');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    for (const size of SIZES) {
      for (const run of [dilemma, team]) {
        const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce' });
        const page = await context.newPage();
        const shot = async (name: string) => {
          // The panel scrolls inside the window: a window as tall as the panel's content shows it all.
          const tall = await page.evaluate(() => document.querySelector('#paneel')?.scrollHeight ?? 0);
          await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.min(tall + 120, 6000)) });
          await page.screenshot({ path: join(OUT, `${name}-${size.width}.png`) });
          await page.setViewportSize(size);
        };
        await run(page, url, shot);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`schermafdrukken in ${OUT}`);
}

await main();
