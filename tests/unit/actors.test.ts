/**
 * Actors who react as real ones do: the IGJ (norms, a ladder that escalates with restraint and one
 * wording everywhere, a concealed calamity that can be found and then weighs heavily) and the Raad
 * van Toezicht (confidence that follows results, scandals and promises; a demanded recovery plan;
 * dismissal, which ends the game early with its own epilogue and a full Terugblik). Claims are
 * properties over many seeds.
 */
import { describe, expect, it } from 'vitest';
import { consequences, recap } from '../../src/game/debrief';
import { decisionsCsv } from '../../src/game/export';
import { createGame, type Game } from '../../src/game/game';
import { fromResultCode, toResultCode } from '../../src/game/result-code';
import { loadSave, replay, toSave } from '../../src/game/save';
import { playToEnd, rand, type Strategy, strategiesFor } from '../../src/game/strategies';
import type { SimState } from '../../src/sim/state';
import { gameView } from '../../src/view/game-view';
import type { DebriefModel } from '../../src/view/models';
import { RECKLESS } from './actors-reckless';
import { bundle } from './scenario';

const STRATEGIES: Record<string, Strategy> = { ...strategiesFor(bundle), roekeloos: RECKLESS };
const SEEDS = Array.from({ length: 40 }, (_, i) => 1 + i * 7919);

const cache = new Map<string, Game>();
function played(strategy: string, seed: number): Game {
  const key = `${strategy}:${seed}`;
  if (!cache.has(key))
    cache.set(key, playToEnd(createGame({ bundle, seed }), STRATEGIES[strategy]!, rand(seed ^ 0x5eed)));
  return cache.get(key)!;
}
const simOf = (g: Game): SimState => g.snapshot().machine.context.sim;
const dismissed = (s: SimState) => s.decisions.some((d) => d.phase === 'rvt');
const label = (level: number) => bundle.scenario.ladder.find((l) => l.level === level)!.label;
const esc = bundle.inspection.escalation;

/** Plays to the end and keeps the text of every conversation of one purpose. */
function conversationText(strategy: string, seed: number, purpose: string): string {
  const game = createGame({ bundle, seed });
  const r = rand(seed ^ 0x5eed);
  const text: string[] = [];
  for (let i = 0; i < 5000 && !game.snapshot().machine.hasTag('debrief'); i++) {
    const d = game.snapshot().dialogue;
    if (d?.ended && d.conversation.purpose === purpose) text.push(d.lines.map((l) => l.text).join('\n'));
    game.send(STRATEGIES[strategy]!(game, r));
  }
  return text.join('\n');
}

// Many whole games per test: generous timeouts for a loaded machine.
describe('the IGJ', { timeout: 120_000 }, () => {
  const games = () => [
    ...SEEDS.map((s) => simOf(played('random', s))),
    ...SEEDS.slice(0, 20).map((s) => simOf(played('roekeloos', s))),
    ...SEEDS.slice(0, 10).map((s) => simOf(played('lage-weg', s))),
  ];

  it('never closes the dossier on a poor picture: failed norms set a floor (every visit, 70 games)', () => {
    for (const s of games())
      for (const r of s.inspections) {
        const failed = r.reasons.filter((x) => x.startsWith('Voldoet niet')).length;
        for (const f of esc.floors) if (failed >= f.failedNorms) expect(r.level).toBeGreaterThanOrEqual(f.level);
      }
  });

  it('is restrained: enforcement only after a plan of approach has run its term, one step per visit', () => {
    let enforced = 0;
    for (const s of games())
      s.inspections.forEach((r, i) => {
        const visit = bundle.inspection.visits.find((v) => v.id === r.visit)!;
        const prev = s.inspections.slice(0, i);
        const before = prev.length ? prev[prev.length - 1]!.level : 0;
        if (r.level < esc.enforcementFrom || r.level <= before) return;
        enforced++;
        if (visit.floor) return; // a concealed calamity, checked below
        expect(before).toBeGreaterThanOrEqual(esc.enforcementFrom - 1);
        expect(r.level).toBe(before + 1);
        let since = r.quarter;
        for (let j = prev.length - 1; j >= 0 && prev[j]!.level === before; j--) since = prev[j]!.quarter;
        expect(r.quarter - since).toBeGreaterThanOrEqual(esc.minQuarters);
      });
    expect(enforced).toBeGreaterThan(0);
  });

  it('can find a concealed calamity, and then weighs it heavily (Wkkgz), over 40 reckless games', () => {
    let concealed = 0;
    let found = 0;
    for (const seed of SEEDS) {
      const s = simOf(played('roekeloos', seed));
      const hid = s.decisions.some((d) => d.detail.startsWith('Het intern afhandelen'));
      if (!hid) continue;
      concealed++;
      if (!s.flags.verzwijgen_ontdekt) continue;
      found++;
      const i = s.inspections.findIndex((r) => r.visit === 'calamiteitenonderzoek');
      const r = s.inspections[i]!;
      const before = i > 0 ? s.inspections[i - 1]!.level : 0;
      expect(r.level).toBe(before >= 4 ? 5 : 4);
      expect(s.seen.verzwijgen_ontdekt).toBeLessThanOrEqual(r.quarter);
      // The board hears it too.
      expect(s.ledger.some((e) => e.target === 'vertrouwen_rvt' && e.cause === 'ink:events.verzwijgen_ontdekt')).toBe(
        true,
      );
    }
    expect(concealed).toBeGreaterThan(30);
    // 40% a quarter from the quarter after: found in most, not all.
    expect(found).toBeGreaterThan(concealed * 0.5);
    expect(found).toBeLessThan(concealed);
  });

  it('re-imposes no measure already in force, and says so in the ladder words', () => {
    for (const s of games())
      s.inspections.forEach((r, i) => {
        const decision = s.decisions.filter((d) => d.phase === 'inspectie' && d.detail.startsWith('Uitkomst'))[i]!;
        expect(decision.detail).toBe(`Uitkomst: ${label(r.level)}`);
        const prev = i ? s.inspections[i - 1]!.level : -1;
        if (prev === r.level && r.level >= esc.enforcementFrom - 1)
          expect(r.reasons.some((x) => x.startsWith(`„${label(r.level)}” blijft van kracht`))).toBe(true);
      });
  });

  it('the epilogue names the measure in force with the ladder word (verscherpt toezicht vs aanwijzing)', () => {
    let checked = 0;
    for (const seed of SEEDS.slice(0, 16)) {
      const s = simOf(played('roekeloos', seed));
      if (s.ladder < 4) continue;
      const text = conversationText('roekeloos', seed, 'epilogue').toLowerCase();
      checked++;
      if (s.ladder === 5) {
        expect(text).toContain('aanwijzing');
        expect(text).not.toContain('verscherpt toezicht');
      } else {
        expect(text).toContain('verscherpt toezicht');
        expect(text).not.toContain('aanwijzing');
      }
    }
    expect(checked).toBeGreaterThan(4);
  });
});

describe('the Raad van Toezicht', { timeout: 120_000 }, () => {
  it('dismisses the bestuurder in many reckless games, and never on the high road or technology first', () => {
    const reckless = SEEDS.filter((seed) => dismissed(simOf(played('roekeloos', seed)))).length;
    expect(reckless).toBeGreaterThan(SEEDS.length * 0.3);
    for (const name of ['hoge-weg', 'technologie-eerst'])
      for (const seed of SEEDS) expect(dismissed(simOf(played(name, seed))), `${name} ${seed}`).toBe(false);
  });

  it('first demands a recovery plan, and dismisses only when confidence keeps falling after it', () => {
    for (const seed of SEEDS) {
      const s = simOf(played('roekeloos', seed));
      if (!dismissed(s)) continue;
      const demanded = s.seen.rvt_herstelplan;
      expect(demanded).toBeDefined();
      expect(demanded!).toBeLessThanOrEqual(s.quarter);
      expect(s.values.vertrouwen_rvt!).toBeLessThan(20);
      // The game ended at the dismissal: no borging, no final evaluation.
      expect(s.decisions.some((d) => d.phase === 'borging')).toBe(false);
    }
  });

  it('moves with results, scandals and promises: every change in its confidence has a named cause', () => {
    const causes = new Set<string>();
    for (const seed of SEEDS.slice(0, 20))
      for (const name of ['roekeloos', 'hoge-weg', 'lage-weg', 'random'])
        for (const e of simOf(played(name, seed)).ledger) if (e.target === 'vertrouwen_rvt') causes.add(e.cause);
    // A broken promise, a scandal, an IGJ measure, and good results all reach the board.
    expect(causes).toContain('rvt:besparing_gebroken');
    expect(causes).toContain('ink:events.verzwijgen_ontdekt');
    expect([...causes].some((c) => c.startsWith('visit:'))).toBe(true);
    expect(causes).toContain('rvt:marge_gezond');
  });

  it('an early-ended game replays, saves, gives a result code and a full Terugblik', () => {
    const seed = SEEDS.find((x) => dismissed(simOf(played('roekeloos', x))))!;
    const game = played('roekeloos', seed);
    const snap = game.snapshot();
    expect(snap.machine.hasTag('debrief')).toBe(true);
    const s = simOf(game);
    expect(s.quarter).toBeLessThanOrEqual(6);
    expect(s.epilogue).not.toBeNull();
    // Its own epilogue.
    expect(conversationText('roekeloos', seed, 'epilogue')).toContain('Het Baken heeft een nieuwe bestuurder');
    const again = replay(bundle, seed, game.log)!;
    expect(simOf(again)).toEqual(s);
    const loaded = loadSave(JSON.stringify(toSave(game)), (id) => (id === bundle.scenario.id ? bundle : undefined));
    expect(loaded.ok && simOf(loaded.game)).toEqual(s);
    const code = fromResultCode(toResultCode(game), bundle);
    expect(code.ok && simOf(code.game)).toEqual(s);
    // The Terugblik's parts: every decision with its consequences, the dismissal among them.
    const items = recap(bundle, s);
    expect(items.some((it) => it.decision.label === 'Ontslag door de Raad van Toezicht')).toBe(true);
    for (const d of s.decisions) if (d.cause) consequences(bundle, s, d.cause);
    expect(decisionsCsv(game)).toContain('Ontslag door de Raad van Toezicht');
    // The Terugblik screen itself: its model lists the dismissal and a history of the quarters played.
    const view = gameView({ bundle, snap, seed, team: false, viewing: false, basis: null, code: 'KOERS1-x' });
    expect(view.screen.kind).toBe('debrief');
    const vm = view.screen as DebriefModel;
    expect(vm.recap.flatMap((q) => q.items).some((i) => i.label === 'Ontslag door de Raad van Toezicht')).toBe(true);
    expect(vm.history.columns.at(-1)).toBe('Een jaar later');
    expect(vm.history.columns.length).toBe(s.quarter + 2);
  });
});
