/**
 * Semantic checks a schema cannot do: every id that is referenced exists, every condition parses
 * and reads known things, every effect has a real target, every ink tag is valid, every knot is
 * used, and every conversation path ends. Problems carry file and line.
 *
 * Over 300 lines on purpose: one pass per content file over one shared index of ids, so a new kind of
 * reference is checked in one place.
 */
import { Story } from 'inkjs';
import { runToStop } from '../narrative/conversation';
import { openDilemma } from '../narrative/dilemma-preview';
import { inkReads } from '../narrative/ink-reads';
import { parseTag } from '../narrative/tags';
import { ExprError, exprRefs, parseExpr } from '../sim/expr';
import { isEffectTarget, isKnownRef } from '../sim/model';
import { type DataFileName, type Effect, type ScenarioBundle, SourceRef } from '../sim/schema';
import { onDisk } from './disk-cache';
import { checkLanguage } from './language';
import type { Problem } from './problems';

type LineOf = (file: DataFileName, path: (string | number)[]) => number | undefined;
type Path = (string | number)[];

export function checkBundle(
  dir: string,
  b: ScenarioBundle,
  inkSources: Readonly<Record<string, string>>,
  lineOf: LineOf,
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: DataFileName, path: Path, message: string) =>
    problems.push({ file: `${dir}/${file}.yaml`, line: lineOf(file, path), message });

  const unique = (file: DataFileName, listPath: Path, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id)) at(file, [...listPath, i, 'id'], `id "${it.id}" komt dubbel voor`);
      seen.add(it.id);
    });
  };
  const expr = (file: DataFileName, path: Path, src: string | undefined) => {
    if (src === undefined) return;
    try {
      for (const ref of exprRefs(parseExpr(src)))
        if (!isKnownRef(b, ref)) at(file, path, `onbekende verwijzing "${ref}" in "${src}"`);
    } catch (e) {
      at(file, path, `voorwaarde "${src}": ${e instanceof ExprError ? e.message : String(e)}`);
    }
  };
  const effects = (file: DataFileName, path: Path, list: readonly Effect[]) =>
    list.forEach((e, i) => {
      if (!isEffectTarget(b, e.target)) at(file, [...path, i, 'target'], `onbekend effectdoel "${e.target}"`);
    });
  const exists = (
    file: DataFileName,
    path: Path,
    kind: string,
    id: string | undefined,
    ids: readonly { id: string }[],
  ) => {
    if (id !== undefined && !ids.some((x) => x.id === id)) at(file, path, `onbekende ${kind} "${id}"`);
  };

  const s = b.scenario;
  // The first length is the full trajectory: every log without a length is played at it.
  unique('scenario', ['lengths'], s.lengths ?? []);
  const full = s.lengths?.[0];
  if (full && full.periods[0] + full.periods[1] !== s.quarters)
    at(
      'scenario',
      ['lengths', 0, 'periods'],
      `de eerste lengte ("${full.id}") is het volledige traject: samen ${s.quarters} kwartalen (quarters)`,
    );
  const used = new Map<string, Set<string>>(); // story → knots used from data
  /** An epilogue is narration: the game writes it only when it is read (game.ts), so it may not ask or change anything. */
  const narration = (file: DataFileName, path: Path, story: string, name: string) => {
    const json = b.stories[story];
    if (!json || !knotsOf(inkSources[story] ?? '').has(name)) return;
    const found = narrationProblem(json, name);
    if (found) at(file, path, `de epiloog "${story}.${name}" ${found}`);
  };
  const knot = (file: DataFileName, path: Path, story: string, name: string) => {
    if (!b.stories[story]) return at(file, path, `verhaal "${story}" bestaat niet (verwacht ${story}.ink)`);
    if (!knotsOf(inkSources[story] ?? '').has(name))
      return at(file, path, `knoop "${name}" bestaat niet in ${story}.ink`);
    if (!used.has(story)) used.set(story, new Set());
    used.get(story)!.add(name);
  };

  // Scenario
  unique('scenario', ['indicators'], s.indicators);
  unique('scenario', ['characters'], s.characters);
  s.indicators.forEach((ind, i) => {
    if (ind.min > ind.max || ind.start < ind.min || ind.start > ind.max)
      at(
        'scenario',
        ['indicators', i, 'start'],
        `${ind.id}: start ${ind.start} ligt niet tussen ${ind.min} en ${ind.max}`,
      );
    exists('scenario', ['indicators', i, 'revealedBy'], 'feit', ind.revealedBy, b.scan.facts);
  });
  s.locations.forEach((l, i) => {
    expr('scenario', ['locations', i, 'closure', 'when'], l.closure?.when);
  });
  s.dynamics.forEach((d, i) => {
    expr('scenario', ['dynamics', i, 'when'], d.when);
    if (d.from !== undefined && !isKnownRef(b, d.from))
      at('scenario', ['dynamics', i, 'from'], `onbekende verwijzing "${d.from}"`);
    if (!isEffectTarget(b, d.target)) at('scenario', ['dynamics', i, 'target'], `onbekend effectdoel "${d.target}"`);
    if (d.delta === undefined && (d.from === undefined || d.factor === undefined))
      at('scenario', ['dynamics', i], 'een regel heeft "delta" of "from" met "factor" nodig');
  });
  for (const part of ['client', 'medewerker', 'organisatie'] as const)
    s.triad[part].forEach((t, i) => {
      exists('scenario', ['triad', part, i, 'indicator'], 'indicator', t.indicator, s.indicators);
    });
  const levels = [...s.ladder].sort((x, y) => x.level - y.level);
  levels.forEach((l, i) => {
    if (l.level !== i) at('scenario', ['ladder'], 'de ladder heeft precies de niveaus 0 t/m 5 nodig');
    const prev = levels[i - 1];
    if (prev && l.minScore >= prev.minScore)
      at('scenario', ['ladder', s.ladder.indexOf(l), 'minScore'], `minScore moet dalen per niveau (niveau ${l.level})`);
    effects('scenario', ['ladder', s.ladder.indexOf(l), 'effects'], l.effects);
  });
  knot('scenario', ['intro'], s.intro.story, s.intro.knot);
  knot('scenario', ['epilogue'], s.epilogue.story, s.epilogue.knot);
  narration('scenario', ['epilogue'], s.epilogue.story, s.epilogue.knot);

  // Scan
  unique('scan', ['sources'], b.scan.sources);
  unique('scan', ['facts'], b.scan.facts);
  unique('scan', ['problems'], b.scan.problems);
  b.scan.facts.forEach((f, i) => {
    exists('scan', ['facts', i, 'problem'], 'probleem', f.problem, b.scan.problems);
  });
  b.scan.sources.forEach((src, i) => {
    exists('scan', ['sources', i, 'who'], 'personage', src.who, s.characters);
    knot('scan', ['sources', i, 'knot'], src.story, src.knot);
  });

  // Plan
  const p = b.plan;
  for (const [k, c] of Object.entries(p.commitment)) effects('plan', ['commitment', k, 'effects'], c.effects);
  for (const list of ['leaders', 'coaches', 'reporting', 'borging'] as const) {
    unique('plan', [list], p[list]);
    p[list].forEach((c, i) => {
      effects('plan', [list, i, 'effects'], c.effects);
    });
  }
  p.coaches.forEach((c, i) => {
    exists('plan', ['coaches', i, 'who'], 'personage', c.who, s.characters);
  });
  unique('plan', ['goals'], p.goals);
  p.goals.forEach((g, i) => {
    exists('plan', ['goals', i, 'indicator'], 'indicator', g.indicator, s.indicators);
  });
  exists('plan', ['approval', 'who'], 'personage', p.approval.who, s.characters);
  knot('plan', ['approval'], p.approval.story, p.approval.knot);
  knot('plan', ['interim'], p.interim.story, p.interim.knot);
  effects('plan', ['interim', 'adjustEffects'], p.interim.adjustEffects);

  // Interventions
  const ivs = b.interventions.interventions;
  unique('interventions', ['interventions'], ivs);
  ivs.forEach((iv, i) => {
    expr('interventions', ['interventions', i, 'requires'], iv.requires);
    effects('interventions', ['interventions', i, 'effects'], iv.effects);
    iv.excludes.forEach((x, j) => {
      exists('interventions', ['interventions', i, 'excludes', j], 'maatregel', x, ivs);
    });
    iv.conditional.forEach((c, j) => {
      expr('interventions', ['interventions', i, 'conditional', j, 'if'], c.if);
      effects('interventions', ['interventions', i, 'conditional', j, 'effects'], c.effects);
    });
  });

  // The deck the quarter's hand is drawn from: one card per intervention, none left out
  const seenCard = new Set<string>();
  b.hand.cards.forEach((c, i) => {
    exists('hand', ['cards', i, 'intervention'], 'maatregel', c.intervention, ivs);
    if (seenCard.has(c.intervention))
      at('hand', ['cards', i, 'intervention'], `maatregel "${c.intervention}" heeft al een kaart`);
    seenCard.add(c.intervention);
    expr('hand', ['cards', i, 'when'], c.when);
    expr('hand', ['cards', i, 'always'], c.always);
    c.favour.forEach((f, j) => {
      expr('hand', ['cards', i, 'favour', j, 'if'], f.if);
    });
  });
  ivs.forEach((iv, i) => {
    if (!seenCard.has(iv.id))
      at(
        'interventions',
        ['interventions', i, 'id'],
        `maatregel "${iv.id}" heeft geen kaart in hand.yaml en komt nooit op tafel`,
      );
  });

  // Events, agenda, inspection
  unique('events', ['events'], b.events.events);
  b.events.events.forEach((e, i) => {
    expr('events', ['events', i, 'when'], e.when);
    knot('events', ['events', i, 'knot'], e.story, e.knot);
  });
  unique('agenda', ['items'], b.agenda.items);
  b.agenda.items.forEach((it, i) => {
    expr('agenda', ['items', i, 'when'], it.when);
    exists('agenda', ['items', i, 'who'], 'personage', it.who, s.characters);
    exists('agenda', ['items', i, 'where'], 'locatie', it.where, s.locations);
    knot('agenda', ['items', i, 'knot'], it.story, it.knot);
  });
  const insp = b.inspection;
  exists('inspection', ['inspector'], 'personage', insp.inspector, s.characters);
  unique('inspection', ['visits'], insp.visits);
  unique('inspection', ['norms'], insp.norms);
  insp.visits.forEach((v, i) => {
    if (v.quarter === undefined && v.when === undefined)
      at('inspection', ['visits', i], 'een bezoek heeft "quarter" of "when" nodig');
    expr('inspection', ['visits', i, 'when'], v.when);
    knot('inspection', ['visits', i, 'knot'], v.story, v.knot);
  });
  insp.norms.forEach((n, i) => {
    expr('inspection', ['norms', i, 'meets'], n.meets);
  });
  insp.modifiers.forEach((m, i) => {
    expr('inspection', ['modifiers', i, 'if'], m.if);
  });

  // The supervisory board
  const board = b.board;
  exists('board', ['indicator'], 'indicator', board.indicator, s.indicators);
  exists('board', ['chair'], 'personage', board.chair, s.characters);
  unique('board', ['reviews'], board.reviews);
  board.reviews.forEach((r, i) => {
    expr('board', ['reviews', i, 'when'], r.when);
  });
  if (board.reviews.length && !board.indicator) at('board', ['indicator'], 'regels zonder "indicator" bewegen niets');
  if (board.dismissal) {
    expr('board', ['dismissal', 'when'], board.dismissal.when);
    knot('board', ['dismissal'], board.dismissal.story, board.dismissal.knot);
    knot('board', ['dismissal', 'epilogue'], board.dismissal.epilogue.story, board.dismissal.epilogue.knot);
    narration('board', ['dismissal', 'epilogue'], board.dismissal.epilogue.story, board.dismissal.epilogue.knot);
  }
  if (board.pressure) {
    const p = board.pressure;
    exists('board', ['pressure', 'margin', 'indicator'], 'indicator', p.margin.indicator, s.indicators);
    if (!board.indicator) at('board', ['pressure'], 'de druk van de raad vraagt een "indicator"');
    if (p.confidence.danger > p.confidence.warn || p.margin.danger > p.margin.warn)
      at('board', ['pressure'], '"danger" hoort onder "warn" te liggen (lager vertrouwen of marge is erger)');
    if (p.ladder.danger < p.ladder.warn)
      at('board', ['pressure', 'ladder'], '"danger" hoort op of boven "warn" te liggen');
  }

  // People to follow, debrief, sources
  unique('people', ['people'], b.people.people);
  b.people.people.forEach((person, i) => {
    exists('people', ['people', i, 'character'], 'personage', person.character, s.characters);
    if (!person.character && !person.portrait)
      at('people', ['people', i], `${person.id}: geef "character" of "portrait"`);
    unique('people', ['people', i, 'vignettes'], person.vignettes);
    person.vignettes.forEach((v, j) => {
      expr('people', ['people', i, 'vignettes', j, 'when'], v.when);
      knot('people', ['people', i, 'vignettes', j, 'knot'], person.story, v.knot);
    });
  });
  const d = b.debrief;
  unique('debrief', ['prompts'], d.prompts);
  d.prompts.forEach((p, i) => {
    expr('debrief', ['prompts', i, 'when'], p.when);
  });
  if (d.minPrompts > d.maxPrompts) at('debrief', ['minPrompts'], 'minPrompts is groter dan maxPrompts');
  unique('debrief', ['evidence'], d.evidence);
  d.evidence.forEach((e, i) => {
    e.about.forEach((cause, j) => {
      if (!isKnownCause(b, cause))
        at('debrief', ['evidence', i, 'about', j], `onbekende oorzaak "${cause}" (iv:, ink:, dyn:, visit: of event:)`);
    });
  });
  d.sector?.themes.forEach((t, i) => {
    exists('debrief', ['sector', 'themes', i, 'theme'], 'thema', t.theme, b.scan.themes);
  });
  if (b.sources.sources.length) {
    const known = new Set(b.sources.sources.map((x) => x.id));
    const cited = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') for (const m of v.matchAll(/\b(\d{3}):L\d/g)) cited.add(m[1]!);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect({ ...b, stories: null });
    for (const id of cited)
      if (!known.has(id)) at('sources', ['sources'], `bron ${id} wordt geciteerd maar staat niet in de bronnenlijst`);
  }

  // Ambidexterity: every factor is revealed by real scan sources
  unique('ambidexterity', ['factors'], b.ambidexterity.factors);
  b.ambidexterity.factors.forEach((f, i) => {
    f.revealedBy.forEach((src, j) => {
      exists('ambidexterity', ['factors', i, 'revealedBy', j], 'scanbron', src, b.scan.sources);
    });
    f.moves.forEach((m, j) => {
      const path = ['factors', i, 'moves', j, 'when'];
      expr('ambidexterity', path, m.when);
      // A factor's level is computed from its moves: a move that read a factor would go round in circles.
      if (/\bambi\./.test(m.when)) at('ambidexterity', path, `een beweging mag geen factor lezen ("${m.when}")`);
    });
  });

  // Dilemmas: each points at a knot that offers a choice, and each set at real dilemmas
  unique('dilemmas', ['dilemmas'], b.dilemmas.dilemmas);
  b.dilemmas.dilemmas.forEach((dl, i) => {
    knot('dilemmas', ['dilemmas', i, 'knot'], dl.story, dl.knot);
    dl.people.forEach((who, j) => {
      if (!s.characters.some((c) => c.id === who) && !b.people.people.some((x) => x.id === who))
        at('dilemmas', ['dilemmas', i, 'people', j], `onbekend personage of persoon "${who}"`);
    });
  });
  // Every flag an option sets or clears has plain words for the room, and every such line is used.
  const flagsSet = new Set<string>();
  b.dilemmas.dilemmas.forEach((dl, i) => {
    if (!b.stories[dl.story] || !knotsOf(inkSources[dl.story] ?? '').has(dl.knot)) return;
    const opened = openDilemma(b, dl);
    opened.options.forEach((o, j) => {
      for (const c of o.commands) {
        if (c.kind !== 'flag') continue;
        flagsSet.add(c.name);
        if (!b.dilemmas.consequences.some((x) => x.flag === c.name))
          at(
            'dilemmas',
            ['dilemmas', i, 'knot'],
            `optie ${j + 1} ${c.on ? 'zet' : 'wist'} de vlag "${c.name}", maar consequences heeft er geen woorden voor`,
          );
      }
    });
  });
  b.dilemmas.consequences.forEach((x, i) => {
    if (!flagsSet.has(x.flag))
      at('dilemmas', ['consequences', i, 'flag'], `geen optie van een dilemma zet de vlag "${x.flag}"`);
  });
  unique('dilemmas', ['sets'], b.dilemmas.sets);
  b.dilemmas.sets.forEach((set, i) => {
    set.dilemmas.forEach((id, j) => {
      exists('dilemmas', ['sets', i, 'dilemmas', j], 'dilemma', id, b.dilemmas.dilemmas);
    });
  });

  // Strategies: every id they name exists
  b.strategies.strategies.forEach((st, i) => {
    const at2 = (key: string, kind: string, id: string, list: readonly { id: string }[]) =>
      exists('strategies', ['strategies', i, key], kind, id, list);
    at2('leader', 'projectleider', st.leader, p.leaders);
    at2('theme', 'thema', st.theme, b.scan.themes);
    if (st.coach) at2('coach', 'coach', st.coach, p.coaches);
    at2('style', 'rapportagestijl', st.style, p.reporting);
    for (const g of st.goals) {
      const t = p.goals.find((x) => x.id === g.id);
      if (!t?.levels.some((l) => l.id === g.level))
        at('strategies', ['strategies', i, 'goals'], `onbekend doel of niveau "${g.id}/${g.level}"`);
    }
    for (const x of st.scan) at2('scan', 'scanbron', x, b.scan.sources);
    for (const x of st.agenda) at2('agenda', 'agendapunt', x, b.agenda.items);
    for (const x of st.interventions) at2('interventions', 'maatregel', x, b.interventions.interventions);
    for (const x of st.borging) at2('borging', 'borgingsmaatregel', x, p.borging);
  });

  // Ink: tags and reads, unused knots, dead ends
  for (const [story, src] of Object.entries(inkSources))
    problems.push(...checkInkSource(dir, story, src, b), ...checkLanguage(dir, story, src, b));
  for (const [story, src] of Object.entries(inkSources)) {
    const fromData = used.get(story) ?? new Set<string>();
    const diverted = divertTargets(src);
    for (const [name, line] of knotsOf(src))
      if (!fromData.has(name) && !diverted.has(name))
        problems.push({
          file: `${dir}/${story}.ink`,
          line,
          message: `knoop "${name}" wordt nergens gebruikt (niet in de data, geen -> ernaartoe)`,
        });
  }
  for (const [story, knots] of used) {
    const explore = keptExplorer(b.stories[story]!);
    for (const k of knots) {
      const dead = explore(k);
      if (dead)
        problems.push({
          file: `${dir}/${story}.ink`,
          line: knotsOf(inkSources[story] ?? '').get(k),
          message: `knoop "${k}": ${dead}`,
        });
    }
  }
  return problems;
}

/** A ledger cause the debrief can point evidence at. */
function isKnownCause(b: ScenarioBundle, cause: string): boolean {
  const [kind, id = ''] = cause.split(/:(.*)/s);
  switch (kind) {
    case 'iv':
      return b.interventions.interventions.some((x) => x.id === id);
    case 'dyn':
      return b.scenario.dynamics.some((x) => x.id === id);
    case 'visit':
      return b.inspection.visits.some((x) => x.id === id);
    case 'event':
      return b.events.events.some((x) => x.id === id);
    case 'ink': {
      const [story, knot] = id.split('.');
      return !!story && !!knot && !!b.stories[story];
    }
    default:
      return false;
  }
}

/** Knot names (not functions, not stitches) with their line numbers. */
function knotsOf(src: string): Map<string, number> {
  const out = new Map<string, number>();
  src.split('\n').forEach((l, i) => {
    const m = /^\s*={2,}\s*([a-z][a-z0-9_]*)\s*(?:=+\s*)?$/.exec(l.replace(/\/\/.*$/, ''));
    if (m && m[1] !== 'function') out.set(m[1]!, i + 1);
  });
  return out;
}

function divertTargets(src: string): Set<string> {
  return new Set([...src.matchAll(/->\s*([a-z][a-z0-9_]*)/g)].map((m) => m[1]!));
}

/** Validates every tag and every get()/test() literal, line by line. */
function checkInkSource(dir: string, story: string, src: string, b: ScenarioBundle): Problem[] {
  const problems: Problem[] = [];
  const file = `${dir}/${story}.ink`;
  src.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    const add = (message: string) => problems.push({ file, line: i + 1, message });
    // A once-only choice is gone after it is taken: a conversation that comes back runs out of options.
    if (/^\s*\*/.test(line))
      add('keuze met * (verdwijnt na één keer): gebruik +, want een gesprek kan terugkomen en loopt dan vast');
    for (const m of line.matchAll(/\b(test|get)\("([^"]*)"\)/g)) {
      try {
        for (const ref of exprRefs(parseExpr(m[2]!)))
          if (!isKnownRef(b, ref)) add(`onbekende verwijzing "${ref}" in ${m[1]}("${m[2]}")`);
      } catch (e) {
        add(`${m[1]}("${m[2]}"): ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const hash = line.indexOf('#');
    if (hash < 0) return;
    for (const tag of line.slice(hash + 1).split('#')) {
      const t = parseTag(tag);
      if (!t.ok) {
        add(t.error);
        continue;
      }
      const c = t.command;
      // `speler` marks the player's own words ("U: …"); every other speaker is a character.
      if (c.kind === 'speaker' && c.who !== 'speler' && !b.scenario.characters.some((x) => x.id === c.who))
        add(`onbekende spreker "${c.who}"`);
      if (c.kind === 'effect' && !isEffectTarget(b, c.effect.target)) add(`onbekend effectdoel "${c.effect.target}"`);
      if (c.kind === 'reveal' && !b.scan.facts.some((f) => f.id === c.fact)) add(`onbekend feit "${c.fact}"`);
      if (c.kind === 'src' && !SourceRef.safeParse(c.ref).success)
        add(`bron "${c.ref}" heeft niet de vorm NNN:Lx-y of "extrapolation: reden"`);
    }
  });
  return problems;
}

/**
 * Whether a knot is narration the game may write on its own, when it is read: it reads no visit
 * counts and no turns, globals or lists (so a fresh Story writes it as the game's own would), and
 * with every get()/test() answered low, and again high, it ends without a choice and without a tag
 * that changes the game (effect, flag, reveal, outcome). Returns what it does instead, or null.
 */
function narrationProblem(json: string, knot: string): string | null {
  const reads = inkReads(json, new Story(json));
  if (!reads || reads.readsFrom(knot).length)
    return 'mag geen bezoektellingen, beurten, globale variabelen of lijsten lezen: hij wordt los van het spel geschreven';
  for (const high of [false, true]) {
    const story = answering(json, high);
    let changed: string | undefined;
    try {
      story.ChoosePathString(knot);
      runToStop(story, (tag) => {
        changed ??= tag;
      });
    } catch {
      return null; // the explorer reports a knot that fails
    }
    if (changed) return `mag niets veranderen, maar heeft de tag "${changed}"`;
    if (story.currentChoices.length) return 'mag geen keuzes bieden: de speler leest hem alleen';
  }
  return null;
}

/**
 * Walks every path of a knot (choices branch; get/test answered low and high) and reports the
 * first one that errors or runs out of content. Bounded, so a looping conversation still finishes.
 * A story's JSON is parsed once (twice: answering low and high); each knot starts from a reset state.
 */
/**
 * explorer(), with what it found for each knot kept on disk: a pure function of the compiled story
 * (and of the explorer's own code), so every CLI run and test file after the first skips the walk.
 */
function keptExplorer(json: string): (knot: string) => string | null {
  let explore: ReturnType<typeof explorer> | undefined;
  const code = explorer.toString() + answering.toString();
  const found = (x: unknown): x is { dead: string | null } =>
    typeof x === 'object' && x !== null && 'dead' in x && (x.dead === null || typeof x.dead === 'string');
  return (knot) => {
    const make = () => {
      explore ??= explorer(json);
      return { dead: explore(knot) };
    };
    return onDisk('explore', [code, json, knot], found, make).dead;
  };
}

/** A Story whose get()/test() always answer low (0, false) or always high (100, true); errors throw. */
function answering(json: string, high: boolean): Story {
  const story = new Story(json);
  story.onError = (m) => {
    throw new Error(m);
  };
  story.BindExternalFunction('get', () => (high ? 100 : 0), true);
  story.BindExternalFunction('test', () => high, true);
  return story;
}

function explorer(json: string): (knot: string) => string | null {
  const make = (high: boolean) => answering(json, high);
  const stories = [make(false), make(true)];
  return (knot) => {
    for (const [side, story] of stories.entries()) {
      story.ResetState();
      let budget = 400;
      const walk = (state: string | null, choice: number | null): string | null => {
        if (--budget < 0) return null;
        try {
          if (state === null) story.ChoosePathString(knot);
          else {
            story.state.LoadJson(state);
            story.ChooseChoiceIndex(choice!);
          }
          while (story.canContinue) story.Continue();
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
        const n = story.currentChoices.length;
        const here = story.state.ToJson();
        for (let i = 0; i < n; i++) {
          const r = walk(here, i);
          if (r) return r;
        }
        return null;
      };
      const r = walk(null, null);
      if (r) {
        // A Story that failed is not trusted with the next knot (as in narrative/conversation.ts).
        stories[side] = make(side === 1);
        return r;
      }
    }
    return null;
  };
}
