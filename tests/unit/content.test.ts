/**
 * The content pipeline: the real scenario loads clean, and each kind of content mistake is reported
 * with its file and line. Mutations are made in memory on the real files; the Vite plugin is run on
 * a copy in a temp folder.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES_DIR, scenarioFiles } from '../../src/content/from-disk';
import { loadScenario } from '../../src/content/load';
import type { Problem } from '../../src/content/problems';
import { koersContent } from '../../src/content/vite-plugin';
import { bundle } from './scenario';

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

  describe('game lengths that do not fit', () => {
    group([
      {
        name: 'the full length does not add up to the quarters',
        file: 'scenario.yaml',
        from: '    periods: [3, 3]',
        to: '    periods: [3, 2]',
        expect: (line) => [
          { line, message: /^de eerste lengte \("volledig"\) is het volledige traject: samen 6 kwartalen/ },
        ],
      },
      {
        name: 'a length id twice',
        file: 'scenario.yaml',
        from: '  - id: masterclass',
        to: '  - id: volledig',
        expect: (line) => [{ line, message: 'id "volledig" komt dubbel voor' }],
      },
    ]);
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
        name: 'a hand card for an unknown intervention (and the intervention it named has no card)',
        file: 'hand.yaml',
        from: '  - intervention: mbo3_opleiden',
        to: '  - intervention: mbo4_opleiden',
        expect: (line) => [
          { line, message: 'onbekende maatregel "mbo4_opleiden"' },
          {
            file: `${DIR}/interventions.yaml`,
            line: lineOf(FILES['interventions.yaml']!, '  - id: mbo3_opleiden'),
            message: 'maatregel "mbo3_opleiden" heeft geen kaart in hand.yaml en komt nooit op tafel',
          },
        ],
      },
      {
        name: 'an agenda item placed at an unknown location on the map',
        file: 'agenda.yaml',
        from: 'id: gesprek_ruud, where: het_anker,',
        to: 'id: gesprek_ruud, where: de_vuurtoren,',
        expect: (line) => [{ line, message: 'onbekende locatie "de_vuurtoren"' }],
      },
      {
        name: 'an unknown diagnosis problem in a hand card',
        file: 'hand.yaml',
        from: 'always: theme.welzijn or problem.zorgplannen_niet_actueel',
        to: 'always: theme.welzijn or problem.zorgplannen',
        expect: (line) => [
          { line, message: 'onbekende verwijzing "problem.zorgplannen" in "theme.welzijn or problem.zorgplannen"' },
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
        name: 'a once-only choice (*), which a conversation that comes back runs out of',
        file: 'mohamed.ink',
        from: '+ [Informeren over wat er komt]',
        to: '* [Informeren over wat er komt]',
        expect: (line) => [
          {
            line,
            message:
              'keuze met * (verdwijnt na één keer): gebruik +, want een gesprek kan terugkomen en loopt dan vast',
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
      {
        name: "a dilemma option's flag without plain words for the room, and words for a flag no option sets",
        file: 'dilemmas.yaml',
        from: '  - flag: truus_belofte',
        to: '  - flag: truus_beloofd',
        expect: (line) => [
          { line, message: 'geen optie van een dilemma zet de vlag "truus_beloofd"' },
          {
            line: lineOf(FILES['dilemmas.yaml']!, '    knot: gesprek\n    situation: >-\n      De cliëntenraad'),
            message: 'optie 2 zet de vlag "truus_belofte", maar consequences heeft er geen woorden voor',
          },
        ],
      },
    ]);
  });

  describe('an epilogue is narration: the game writes it only when it is read', () => {
    // Where the problem points: the epilogue's map (in scenario.yaml a block, whose first key is on
    // the line after "epilogue:"; in board.yaml a map on the line itself).
    const epilogueLine = (file: string) =>
      file === 'board.yaml' ? lineOf(FILES[file]!, '  epilogue:') : lineOf(FILES[file]!, '\nepilogue:') + 2;
    group([
      {
        name: 'a tag in the epilogue that changes the game',
        file: 'epiloog.ink',
        from: 'De vraag is nu: wat doet Het Baken als niemand meekijkt?',
        to: 'De vraag is nu: wat doet Het Baken als niemand meekijkt? # effect: draagvlak +1',
        expect: () => [
          {
            file: `${DIR}/scenario.yaml`,
            line: epilogueLine('scenario.yaml'),
            message:
              'de epiloog "epiloog.een_jaar_later" mag niets veranderen, maar heeft de tag "effect: draagvlak +1"',
          },
        ],
      },
      {
        name: 'a choice in the epilogue after a dismissal',
        file: 'epiloog.ink',
        from: 'Uw naam staat nog onder een paar plannen die niemand meer openslaat.',
        to: 'Uw naam staat nog onder een paar plannen die niemand meer openslaat.\n+ [Terugkijken]\n-',
        expect: () => [
          {
            file: `${DIR}/board.yaml`,
            line: epilogueLine('board.yaml'),
            message: 'de epiloog "epiloog.na_ontslag" mag geen keuzes bieden: de speler leest hem alleen',
          },
        ],
      },
    ]);
    group([
      {
        name: 'an epilogue that reads a visit count',
        file: 'epiloog.ink',
        from: 'De vraag is nu: wat doet Het Baken als niemand meekijkt?',
        to: 'De vraag is nu: wat doet Het Baken als niemand meekijkt? {een_jaar_later > 1: Alweer.}',
        expect: () => [
          {
            file: `${DIR}/scenario.yaml`,
            line: epilogueLine('scenario.yaml'),
            message:
              'de epiloog "epiloog.een_jaar_later" mag geen bezoektellingen, beurten, globale variabelen of lijsten lezen: hij wordt los van het spel geschreven',
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

describe('the Vite plugin', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'koers-content-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /**
   * Resolves and loads `virtual:koers-scenario/het-baken` through the plugin's own hooks, the way
   * Vite calls them (a build runs them the same way; npm run build and the browser tests cover
   * that). `this.error` throws what it is given, as in Vite.
   */
  function load(stories: string) {
    const plugin = koersContent({ dir: stories });
    const ctx = {
      error: (e: unknown) => {
        throw e;
      },
      addWatchFile: () => {},
    };
    const resolveId = plugin.resolveId as (this: unknown, id: string) => string | null;
    const loadHook = plugin.load as (this: unknown, id: string) => string | null;
    const id = resolveId.call(ctx, 'virtual:koers-scenario/het-baken');
    expect(id).toBe('\0virtual:koers-scenario/het-baken');
    return () => loadHook.call(ctx, id!);
  }

  it('fails on a broken ink line, naming the ink file and the line, with the place for the overlay', () => {
    const stories = join(tmp, 'kapot');
    cpSync(join(STORIES_DIR, 'het-baken'), join(stories, 'het-baken'), { recursive: true });
    const file = join(stories, 'het-baken', 'inspecteur.ink');
    const text = readFileSync(file, 'utf8');
    const line = lineOf(text, '-> rondgang');
    writeFileSync(file, text.replace('-> rondgang', '-> rondgan'));
    let error: { message?: string; loc?: { file: string; line: number } } = {};
    try {
      load(stories)();
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.message).toMatch(new RegExp(`inspecteur\\.ink:${line}\\b`));
    expect(error.loc).toMatchObject({ file, line });
  });

  it('gives the validated scenario as the default export of the module', () => {
    const code = load(STORIES_DIR)();
    expect(code).toMatch(/^export default \{/);
    const exported = JSON.parse(code!.slice('export default '.length, -1));
    expect(exported.scenario.title).toContain('Zorggroep Het Baken');
    expect(exported).toEqual(JSON.parse(JSON.stringify(bundle)));
  });
});
