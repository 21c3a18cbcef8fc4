import { openPage, startHarness } from './tests/e2e/harness';
import { playUntil, screenId } from './tests/e2e/player';

const h = await startHarness();
const [w, hh, prefix] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const { page, errors } = await openPage(h, { width: w, height: hh });
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/shots/${prefix}-title.png` });
await page.getByRole('button', { name: 'Nieuw spel' }).click();
await page.locator('#scherm-gesprek').waitFor();
const want = new Set(process.argv.slice(5));
for (;;) {
  const id = await screenId(page);
  if (want.has(id)) {
    want.delete(id);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/${prefix}-${id}.png` });
  }
  if (!want.size || id === 'scherm-terugblik') break;
  await playUntil(page, 'mouse', (_i, n) => n >= 1);
}
console.log(errors);
await h.close();
