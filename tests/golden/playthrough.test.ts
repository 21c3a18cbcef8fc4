/**
 * Golden playthroughs: whole games played by scripted strategies must end exactly as checked in,
 * and the headless CLI must print the same bytes on every run. After an intended change to the
 * content or the model, regenerate with:
 *
 *     UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { golden, UPDATE } from './golden';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { summarize } from '../../src/game/summary';
import { bundle } from '../unit/scenario';

const DIR = join(import.meta.dirname, 'playthroughs');
const ROOT = join(import.meta.dirname, '..', '..');


const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

/** Plays a game the way the CLI does (same strategy stream), so the goldens and the CLI agree. */
const play = (strategy: string, seed: number) =>
  summarize(playToEnd(createGame({ bundle, seed }), strategiesFor(bundle)[strategy]!, rand(seed ^ 0x5eed)));

describe('golden playthroughs', () => {
  it.each([
    ['hoge-weg', 42],
    ['hoge-weg', 7],
    ['niets-doen', 42],
    ['niets-doen', 7],
  ] as const)('%s, seed %i', (strategy, seed) => {
    const summary = play(strategy, seed);
    expect(summary.finished).toBe(true);
    expect(summary.seed).toBe(seed);
    golden(join(DIR, `${strategy}-${seed}.json`), json(summary));
  });

  it('the CLI prints identical bytes on two runs: JSON of a finished game, equal to the golden summary', async () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const args = [tsx, 'src/cli/sim.ts', '--scenario', 'het-baken', '--seed', '42', '--strategy', 'hoge-weg', '--json'];
    const run = () => promisify(execFile)(process.execPath, args, { cwd: ROOT, encoding: 'buffer' });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(a.stdout.equals(b.stdout)).toBe(true);
    const { strategy, ...summary } = JSON.parse(a.stdout.toString('utf8'));
    expect(strategy).toBe('hoge-weg');
    expect(summary.finished).toBe(true);
    if (!UPDATE) expect(summary).toEqual(JSON.parse(readFileSync(join(DIR, 'hoge-weg-42.json'), 'utf8')));
  });
});
