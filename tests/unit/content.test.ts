/**
 * The content pipeline: the real scenario loads clean, and each kind of content mistake is reported
 * with its file and line. Mutations are made in memory on the real files; the Vite build is run on
 * a copy in a temp folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES_DIR, scenarioFiles } from '../../src/content/from-disk';
import { loadScenario } from '../../src/content/load';
import type { Problem } from '../../src/content/problems';
import { koersContent } from '../../src/content/vite-plugin';

const DIR = 'stories/het-baken';
const FILES = scenarioFiles(join(STORIES_DIR, 'het-baken'));
/** The data files alone: enough where loading stops before the ink matters, and much faster. */
const YAML_ONLY = Object.fromEntries(Object.entries(FILES).filter(([name]) => name.endsWith('.yaml')));

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" staat niet in de tekst`);
  return text.slice(0, at).split('\n').length;
}

interface Mutation {
  name: string;
  file: string;
  from: string;
  to: string;
  /** The problems this mutation must cause; `line` is the line of `from` in the original file. */
  expect: (line: number) => (Omit<Partial<Problem>, 'message'> & { message: string | RegExp })[];
}

/**
 * Loads the real files with all mutations of a group applied at once (each on its own line, so the
 * lines of the others stay put): one load per group keeps this fast. Every expected problem must be
 * there, and nothing else.
 */
function group(mutations: Mutation[]) {
  let problems: Problem[] = [];
  beforeAll(() => {
    const files = { ...FILES };
    for (const m of mutations) {
      expect(files[m.file]!.includes(m.from), `${m.name}: "${m.from}" in ${m.file}`).toBe(true);
      files[m.file] = files[m.file]!.replace(m.from, m.to);
    }
    const r = loadScenario(DIR, files);
    expect(r.bundle).toBeUndefined();
    problems = r.problems;
  });
  const expected = (m: Mutation) =>
    m.expect(lineOf(FILES[m.file]!, m.from)).map((p) => ({ file: `${DIR}/${m.file}`, ...p }));
  it.each(mutations)('$name', (m) => {
    for (const want of expected(m)) {
      const found = problems.filter(
        (p) =>
          p.file === want.file &&
          p.line === want.line &&
          (typeof want.message === 'string' ? p.message === want.message : want.message.test(p.message)),
      );
      expect(
        found,
        `${JSON.stringify({ ...want, message: String(want.message) })} in ${JSON.stringify(problems)}`,
      ).toHaveLength(1);
    }
  });
  it('reports nothing else', () => {
    expect(problems).toHaveLength(mutations.reduce((n, m) => n + expected(m).length, 0));
  });
}

describe('loadScenario', () => {
  it('loads the real scenario without problems', () => {
    const r = loadScenario(DIR, FILES);
    expect(r.problems).toEqual([]);
    expect(r.bundle?.scenario.id).toBe('het_baken');
    const inks = Object.keys(FILES).filter((f) => f.endsWith('.ink'));
    expect(Object.keys(r.bundle!.stories).sort()).toEqual(inks.map((f) => f.slice(0, -4)).sort());
  });

  it('reports a missing data file', () => {
    const { 'agenda.yaml': _, ...rest } = YAML_ONLY;
    expect(loadScenario(DIR, rest).problems).toEqual([{ file: `${DIR}/agenda.yaml`, message: 'bestand ontbreekt' }]);
  });

  describe('semantic mistakes, with file, line and a Dutch message', () => {
    group([
      {
        name: 'an unknown effect target in an ink tag',
        file: 'intro.ink',
        from: '# effect: trust.herman +2',
        to: '# effect: trust.niemand +2',
        expect: (line) => [{ line, message: 'onbekend effectdoel "trust.niemand"' }],
      },
      {
        name: 'an unknown fact in # reveal:',
        file: 'inspecteur.ink',
        from: '# reveal: medicatie_incidenten_verzwegen',
        to: '# reveal: geheim_dossier',
        expect: (line) => [{ line, message: 'onbekend feit "geheim_dossier"' }],
      },
      {
        name: 'a malformed source reference in ink',
        file: 'inspecteur.ink',
        from: '# src: 004:L2207-2215;',
        to: '# src: 4:L2207-2215;',
        expect: (line) => [{ line, message: /^bron "4:L2207-2215;.*" heeft niet de vorm NNN:Lx-y/ }],
      },
      {
        name: 'an unknown reference in a when: condition',
        file: 'events.yaml',
        from: 'when: verandermoeheid > 50',
        to: 'when: verandermoeheid > 50 and trust.onbekende',
        expect: (line) => [
          { line, message: 'onbekende verwijzing "trust.onbekende" in "verandermoeheid > 50 and trust.onbekende"' },
        ],
      },
      {
        name: 'a condition that does not parse',
        file: 'inspection.yaml',
        from: 'when: quarter >= 4 and ladder >= 2',
        to: 'when: quarter >=',
        expect: (line) => [{ line, message: /^voorwaarde "quarter >=": / }],
      },
      {
        name: 'a knot referenced from data that does not exist (its old knot is now unused)',
        file: 'events.yaml',
        from: 'knot: griepgolf',
        to: 'knot: griepgolf_weg',
        expect: (line) => [
          { line, message: 'knoop "griepgolf_weg" bestaat niet in events.ink' },
          {
            file: `${DIR}/events.ink`,
            line: lineOf(FILES['events.ink']!, '=== griepgolf ==='),
            message: 'knoop "griepgolf" wordt nergens gebruikt (niet in de data, geen -> ernaartoe)',
          },
        ],
      },
      {
        name: 'an ink knot that is never used',
        file: 'ans.ink',
        from: '=== gesprek ===',
        to: '=== vergeten ===\nNiemand komt hier ooit.\n-> END\n\n=== gesprek ===',
        expect: (line) => [
          { line, message: 'knoop "vergeten" wordt nergens gebruikt (niet in de data, geen -> ernaartoe)' },
        ],
      },
      {
        name: 'a story referenced from data that does not exist (its knot is now unused)',
        file: 'plan.yaml',
        from: 'story: herman',
        to: 'story: hermann',
        expect: (line) => [
          { line, message: 'verhaal "hermann" bestaat niet (verwacht hermann.ink)' },
          {
            file: `${DIR}/herman.ink`,
            line: lineOf(FILES['herman.ink']!, '=== goedkeuring ==='),
            message: 'knoop "goedkeuring" wordt nergens gebruikt (niet in de data, geen -> ernaartoe)',
          },
        ],
      },
    ]);
  });

  describe('schema and compile errors, with file and line', () => {
    group([
      {
        name: 'a schema error in YAML: a negative cost',
        file: 'interventions.yaml',
        from: 'cost: 180',
        to: 'cost: -180',
        expect: (line) => [{ line, message: /^interventions\.0\.cost: .*0/ }],
      },
      {
        name: 'a malformed source reference in YAML',
        file: 'events.yaml',
        from: 'source: 004:L1772-1793',
        to: 'source: zie het rapport',
        expect: (line) => [
          { line, message: 'events.0.source: bron moet "NNN:Lx-y" zijn (meerdere met ;) of "extrapolation: <reden>"' },
        ],
      },
      {
        name: 'an ink compile error: a missing divert target',
        file: 'inspecteur.ink',
        from: '-> rondgang',
        to: '-> rondgan',
        expect: (line) => [{ line, message: /rondgan\b/ }],
      },
      {
        name: 'a loose end: a knot that runs out of content without -> END',
        file: 'intro.ink',
        from: 'Uw traject begint nu.\n-> END',
        to: 'Uw traject begint nu.',
        expect: (line) => [{ line, message: /losse draad/ }],
      },
    ]);
  });

  it('a YAML syntax error names the file and the line', () => {
    const text = FILES['agenda.yaml']!.replace('  - { id: gesprek_sanne,', '  - { id: gesprek_sanne: [,');
    const line = text.split('\n').findIndex((l) => l.includes('gesprek_sanne: [,')) + 1;
    const r = loadScenario(DIR, { ...YAML_ONLY, 'agenda.yaml': text });
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file).toBe(`${DIR}/agenda.yaml`);
      expect(p.message).toMatch(/^YAML-fout: /);
    }
    expect(r.problems[0]!.line).toBe(line);
  });
});

describe('the Vite build', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'koers-content-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** A copy of stories/het-baken under <tmp>/<name>/stories, and an app root that imports it. */
  function setup(name: string, edit?: (dir: string) => void) {
    const stories = join(tmp, name, 'stories');
    cpSync(join(STORIES_DIR, 'het-baken'), join(stories, 'het-baken'), { recursive: true });
    edit?.(join(stories, 'het-baken'));
    const root = join(tmp, name, 'app');
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html>\n<html><body><script type="module" src="./main.js"></script></body></html>\n',
    );
    writeFileSync(
      join(root, 'main.js'),
      "import scenario from 'virtual:koers-scenario/het-baken';\ndocument.title = scenario.scenario.title;\n",
    );
    return () =>
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [koersContent({ dir: stories })],
        build: { write: false },
      });
  }

  it('fails on a broken ink line, naming the ink file and the line', async () => {
    let line = 0;
    const run = setup('kapot', (dir) => {
      const file = join(dir, 'inspecteur.ink');
      const text = readFileSync(file, 'utf8');
      line = lineOf(text, '-> rondgang');
      writeFileSync(file, text.replace('-> rondgang', '-> rondgan'));
    });
    expect(line).toBeGreaterThan(0);
    await expect(run()).rejects.toThrow(new RegExp(`inspecteur\\.ink:${line}\\b`));
  });

  it('succeeds on the unbroken copy, with the scenario in the bundle', async () => {
    const out = await setup('heel')();
    const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
    const code = outputs.map((o) => ('code' in o ? o.code : '')).join('\n');
    expect(code).toContain('Zorggroep Het Baken');
    expect(outputs.some((o) => o.fileName === 'index.html')).toBe(true);
  });
});
