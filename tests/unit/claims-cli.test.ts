/**
 * The tools that check the model: every CLI answers --help and a bad option with one line, and
 * the batch mode prints one JSON line per game that equals the same game played in process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliArgs, intOption } from '../../src/cli/args';
import { playRecord } from '../../src/cli/record';
import { bundle } from './scenario';

const run = (tool: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], { encoding: 'utf8' });

/** Runs `f` with process.exit and the console captured; returns the exit code and what was printed. */
function captured(f: () => unknown) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  vi.spyOn(console, 'error').mockImplementation((m: string) => void err.push(m));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw { exit: code };
  });
  try {
    f();
    return { code: null, out, err };
  } catch (e) {
    return { code: (e as { exit: number }).exit, out, err };
  }
}

describe('command-line arguments', () => {
  afterEach(() => vi.restoreAllMocks());
  const opts = { games: { type: 'string' } } as const;

  it('--help prints the usage and exits 0', () => {
    const r = captured(() => cliArgs('Gebruik: x', opts, ['--help']));
    expect(r).toEqual({ code: 0, out: ['Gebruik: x'], err: [] });
  });

  it('an unknown option, a missing value or a bad number ends in one Dutch line with exit code 2', () => {
    expect(captured(() => cliArgs('', opts, ['--nee'])).err).toEqual([
      'Onbekende optie --nee (--help toont het gebruik)',
    ]);
    expect(captured(() => cliArgs('', opts, ['--games'])).err).toHaveLength(1);
    expect(captured(() => cliArgs('', opts, ['los'])).code).toBe(2);
    const bad = captured(() => intOption('games', 'twee', 1, 10));
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([
      '--games moet een geheel getal van 1 tot en met 10 zijn, niet "twee" (--help toont het gebruik)',
    ]);
  });

  it('every npm script that runs a tool in src/cli parses its arguments this way', () => {
    const scripts = Object.values(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
    const tools = [
      ...new Set(scripts.flatMap((s) => [...s.matchAll(/tsx (src\/cli\/[\w-]+\.ts)/g)].map((m) => m[1]!))),
    ];
    expect(tools.length).toBeGreaterThanOrEqual(5);
    for (const t of tools) expect(readFileSync(t, 'utf8'), t).toMatch(/cliArgs\(/);
  });
});

describe('npm run sim', () => {
  it('answers --help and an unknown option as a real process', { timeout: 120_000 }, () => {
    const help = run('sim', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Gebruik: npm run sim/);
    const bad = run('sim', '--strategy', 'geen');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--games: one JSON line per game and strategy, the same as playing it in process', { timeout: 120_000 }, () => {
    const r = run('sim', '--games', '2', '--strategy', 'niets-doen,hoge-weg', '--seed', '11', '--workers', '2');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((g) => `${g.strategy}:${g.seed}`)).toEqual([
      'niets-doen:11',
      `niets-doen:${11 + 7919}`,
      'hoge-weg:11',
      `hoge-weg:${11 + 7919}`,
    ]);
    for (const g of lines) {
      expect(g.history).toHaveLength(bundle.scenario.quarters + 1);
      expect(Object.keys(g)).toEqual(['strategy', 'seed', 'history', 'final', 'inspections', 'purchases']);
    }
    expect(lines[2]).toEqual(JSON.parse(JSON.stringify(playRecord(bundle, 'hoge-weg', 11))));
    expect(lines[2].purchases.length).toBeGreaterThan(0);
    expect(lines[0].purchases).toEqual([]);
  });
});
