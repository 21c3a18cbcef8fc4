/** The facilitator's view, without the DOM: reading codes, checking them, and comparing teams. */
import { describe, expect, it } from 'vitest';
import { choosePrompts } from '../../src/game/debrief';
import { gameJson } from '../../src/game/export';
import { createGame, type Game } from '../../src/game/game';
import { fromResultCode, toResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand, strategiesFor } from '../../src/game/strategies';
import type { Decision } from '../../src/sim/state';
import { keyIndicators, moments, rankPrompts, seedGroups, sharedStart, teamResult } from '../../src/view/compare';
import { csvText, teamsCsv } from '../../src/view/compare-csv';
import {
  type Candidate,
  candidatesFromFile,
  candidatesFromPaste,
  duplicatesLine,
  importCandidates,
  nextTeamName,
  splitCodes,
  teamName,
} from '../../src/view/compare-input';
import { choiceText, forks, forkView, meanTriad } from '../../src/view/facilitator-timeline';
import { bundle } from './scenario';

const strategies = strategiesFor(bundle);
const play = (seed: number, strategy = 'random') =>
  playToEnd(createGame({ bundle, seed }), strategies[strategy] ?? RANDOM, rand(seed));

const g1 = play(482913, 'hoge-weg');
const g2 = play(482913, 'lage-weg');
const g3 = play(482913, 'random');
const g4 = play(111111, 'big-bang');
const [c1, c2, c3, c4] = [g1, g2, g3, g4].map((g) => toResultCode(g)) as [string, string, string, string];

/** A code with one character changed that the checks catch (some changes only touch unused bits). */
function tampered(code: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let at = Math.floor(code.length / 2); at < code.length; at++) {
    const ch = alphabet[(alphabet.indexOf(code[at]!) + 1) % alphabet.length]!;
    const bad = code.slice(0, at) + ch + code.slice(at + 1);
    if (!fromResultCode(bad, bundle).ok) return bad;
  }
  throw new Error('geen beschadiging gevonden');
}

const cands = (...texts: string[]): Candidate[] => texts.map((text, i) => ({ label: `Code ${i + 1}`, text }));

describe('splitting pasted text into codes', () => {
  it('takes one code per line, or codes separated by spaces, commas or semicolons', () => {
    expect(splitCodes(`${c1}\n${c2}\r\n\n${c3}`)).toEqual([c1, c2, c3]);
    expect(splitCodes(`  ${c1} ${c2}\t${c3}  `)).toEqual([c1, c2, c3]);
    expect(splitCodes(`${c1},${c2}; ${c3}`)).toEqual([c1, c2, c3]);
  });

  it('drops the words around a code, and punctuation stuck to it', () => {
    expect(splitCodes(`Team rood: ${c1}.\nTeam blauw:${c2}\n(${c3})`)).toEqual([c1, c2, c3]);
  });

  it('joins a code that wrapped onto the next line', () => {
    const [a, b] = [c1.slice(0, 60), c1.slice(60)];
    const split = splitCodes(`${a}\n${b}\n${c2}`);
    expect(split).toHaveLength(2);
    expect(split[0]!.replace(/\n/g, '')).toBe(c1);
    expect(split[1]).toBe(c2);
    expect(fromResultCode(split[0], bundle).ok).toBe(true);
  });

  it('keeps a long token that is not a code, so the facilitator hears about it, and nothing from empty text', () => {
    expect(splitCodes('')).toEqual([]);
    expect(splitCodes('hallo groep, hier zijn ze')).toEqual([]);
    expect(splitCodes('eJxVjs1qwzAQhN9lz36CfYshU_9A7xyBcwYvq')).toHaveLength(1);
  });

  it('labels pasted codes by their position, and a pasted JSON export as one', () => {
    expect(candidatesFromPaste(`${c1} ${c2}`).map((c) => c.label)).toEqual(['Code 1', 'Code 2']);
    expect(candidatesFromPaste(gameJson(g1))).toHaveLength(1);
  });
});

describe('import validation', () => {
  it('reads valid codes and says, per code, what is wrong with the others — losing none of the good ones', () => {
    const bad = tampered(c2);
    const { accepted, rejected } = importCandidates(
      cands(c1, 'dit is onzin', bad, c3, `KOERS1-${'A'.repeat(40)}`, c4),
      bundle,
    );
    expect(accepted.map((a) => a.label)).toEqual(['Code 1', 'Code 4', 'Code 6']);
    expect(accepted.map((a) => a.game.log)).toEqual([g1.log, g3.log, g4.log]);
    expect(rejected.map((r) => r.label)).toEqual(['Code 2', 'Code 3', 'Code 5']);
    expect(rejected[0]!.message).toMatch(/geen resultaatcode/);
    expect(rejected[1]!.message).toMatch(/beschadigd|klopt niet/);
    for (const r of rejected) {
      expect(r.message.length).toBeGreaterThan(20);
      expect(r.duplicate).toBe(false);
    }
    // The excerpt lets the facilitator find the code again.
    expect(rejected[1]!.excerpt.startsWith(bad.slice(0, 16))).toBe(true);
  });

  it('a tampered code (one character changed) is refused', () => {
    const { accepted, rejected } = importCandidates(cands(tampered(c1)), bundle);
    expect(accepted).toEqual([]);
    expect(rejected).toHaveLength(1);
  });

  it('detects duplicates (same seed and log) and does not add them twice, also across code and JSON file', () => {
    const known = new Map<string, string>();
    const first = importCandidates(cands(c1, c2, c1), bundle, known);
    expect(first.accepted).toHaveLength(2);
    expect(first.rejected).toHaveLength(1);
    expect(first.rejected[0]).toMatchObject({ label: 'Code 3', duplicate: true });
    expect(first.rejected[0]!.message).toMatch(/^Dubbel: dit is hetzelfde spel als Code 1/);
    // Later imports know what is there already (the view maps keys to team names).
    const file = candidatesFromFile('team-a.json', gameJson(g1));
    const second = importCandidates(file, bundle, known);
    expect(second.accepted).toEqual([]);
    expect(second.rejected[0]).toMatchObject({ label: 'team-a.json', duplicate: true });
  });

  it('the same decisions with another session code are not a duplicate', () => {
    const a = createGame({ bundle, seed: 7 });
    const b = createGame({ bundle, seed: 8 });
    // The same opening moves, as far as both worlds allow them.
    for (const e of g1.log.slice(0, 10)) if (!a.send(e) || !b.send(e)) break;
    expect(a.log).toEqual(b.log);
    const { accepted } = importCandidates(cands(toResultCode(a), toResultCode(b)), bundle);
    expect(accepted).toHaveLength(2);
  });

  it('refuses a code from another version of the scenario, with the reason', () => {
    const otherVersion = {
      ...bundle,
      scenario: { ...bundle.scenario, contentVersion: bundle.scenario.contentVersion + 1 },
    };
    const game = playToEnd(createGame({ bundle: otherVersion, seed: 5 }), RANDOM, rand(5));
    const { accepted, rejected } = importCandidates(cands(c1, toResultCode(game)), bundle);
    expect(accepted).toHaveLength(1);
    expect(rejected[0]!.message).toBe('Deze code hoort bij een andere versie van het scenario.');
  });

  it('reads JSON exports and text files with several codes', () => {
    expect(importCandidates(candidatesFromFile('a.json', gameJson(g2)), bundle).accepted).toHaveLength(1);
    const txt = candidatesFromFile('codes.txt', `Team 1: ${c1}\nTeam 2: ${c4}\n`);
    expect(txt.map((c) => c.label)).toEqual(['codes.txt, code 1', 'codes.txt, code 2']);
    expect(importCandidates(txt, bundle).accepted).toHaveLength(2);
    const broken = importCandidates(candidatesFromFile('kapot.json', '{"format":"koers-save"'), bundle);
    expect(broken.rejected[0]!.message).toMatch(/beschadigd/);
  });

  it('when a code was wrongly joined with the next line, keeps the code and reports the rest', () => {
    const stray = 'abcdefghijklmnopqrstuvwxyz0123';
    const { accepted, rejected } = importCandidates(candidatesFromPaste(`${c1}\n${stray}\n${c2}`), bundle);
    expect(accepted.map((a) => a.game.log)).toEqual([g1.log, g2.log]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.text).toBe(stray);
    expect(rejected[0]!.message).toMatch(/KOERS1-/);
  });

  it('names a team by the name its code carries, a number when that is taken, else Team n', () => {
    const named = toResultCode(g1, 'Team Oost');
    const { accepted } = importCandidates(cands(named, c2), bundle);
    expect(accepted.map((a) => a.team)).toEqual(['Team Oost', undefined]);
    expect(teamName('Team Oost', [])).toBe('Team Oost');
    expect(teamName('Rood', ['Rood', 'Rood (2)'])).toBe('Rood (3)');
    expect(teamName(undefined, ['Rood'])).toBe('Team 2');
    // A name given earlier (a kept comparison) wins over the code's own.
    const kept = importCandidates([{ label: 'x', text: named, name: 'Oost-1' }], bundle);
    expect(kept.accepted[0]!.team).toBe('Oost-1');
  });

  it('says games read in again in one line, each once with how often', () => {
    const known = new Map<string, string>();
    const first = importCandidates(cands(c1, c2), bundle, known);
    // The view keeps each game's key with the name it shows.
    known.set(first.accepted[0]!.key, 'Rood');
    known.set(first.accepted[1]!.key, 'Blauw');
    const again = importCandidates(cands(c1, c2, c1), bundle, known);
    expect(again.rejected.map((r) => r.same)).toEqual(['Rood', 'Blauw', 'Rood']);
    expect(duplicatesLine(again.rejected)).toBe('Al ingelezen, dus niet nog eens toegevoegd: Rood (2 keer), Blauw.');
    expect(duplicatesLine([])).toBeNull();
  });

  it('names teams Team 1, Team 2, … without taking a name twice', () => {
    expect(nextTeamName([])).toBe('Team 1');
    expect(nextTeamName(['Team 1', 'Team 2'])).toBe('Team 3');
    expect(nextTeamName(['Team 2', 'Rood'])).toBe('Team 3');
    expect(nextTeamName(['Team 3', 'Team 2'])).toBe('Team 4');
  });
});

const teams = () => [
  teamResult('Team 1', g1),
  teamResult('Team 2', g2),
  teamResult('Team 3', g3),
  teamResult('Team 4', g4),
];
const d = (label: string, detail = '', quarter = 1): Decision => ({ quarter, phase: 'budget', label, detail });

describe('comparing teams', () => {
  it('summarises each team from the replayed model', () => {
    const t = teamResult('Team 1', g1);
    expect(t.seed).toBe(482913);
    expect(t.finished).toBe(true);
    expect(t.later).not.toBeNull();
    expect(t.goals.length).toBeGreaterThan(0);
    for (const v of Object.values(t.triad.end)) expect(v).toBeGreaterThanOrEqual(0);
    expect(t.worst?.level).toBe(Math.max(...t.inspections.map((i) => i.level)));
    expect(t.worst?.label).toBe(bundle.scenario.ladder.find((l) => l.level === t.worst?.level)?.label);
    expect(moments([t]).map((m) => m.label)).toEqual(['Start', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Jaar later']);
    expect(keyIndicators(bundle).length).toBeGreaterThanOrEqual(3);
  });

  it('one timeline of splits: each group of teams that decided alike until there, its branches, and what followed', () => {
    const list = teams();
    const all = forks(list);
    // Every split adds at least one group, so four teams split at most three times.
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect(all.length).toBeLessThanOrEqual(list.length - 1);
    expect(all.map((f) => f.index)).toEqual([...all.map((f) => f.index)].sort((x, y) => x - y));
    expect(all[0]!.index).toBe(sharedStart(list));
    for (const f of all) {
      // The teams in a group shared every decision before the split, and differ at it between branches.
      for (const t of f.together)
        for (let i = 0; i < f.index; i++) expect(t.sim.decisions[i]).toEqual(f.together[0]!.sim.decisions[i]);
      expect(f.branches.flatMap((b) => b.teams.map((t) => t.name)).sort()).toEqual(
        f.together.map((t) => t.name).sort(),
      );
      const keys = f.branches.map((b) => (b.choice ? `${b.choice.label}|${b.choice.detail}` : '—'));
      expect(new Set(keys).size).toBe(f.branches.length);
      for (const b of f.branches) for (const t of b.teams) expect(t.sim.decisions[f.index]).toEqual(b.choice);
    }
    // Two copies of one game never split; a copy travels with its original.
    expect(forks([teamResult('A', g1), teamResult('B', g1)])).toEqual([]);
    const withCopy = forks([...list, teamResult('Kopie', g1)]);
    expect(withCopy).toHaveLength(all.length);
  });

  it('says a split in words: when, who, each choice with its teams and their triad at the end', () => {
    const list = [teamResult('Rood', g1), teamResult('Blauw', g2), teamResult('Groen', g3)];
    const [first] = forks(list);
    const v = forkView(first!, 3);
    expect(v.when).toMatch(/^Beslissing \d+ · (voorbereiding|kwartaal \d|na afloop)$/);
    expect(v.who).toBe('Alle 3 teams gingen hier uiteen.');
    const one = v.branches.find((b) => b.teams.length === 1)!;
    const t = list.find((x) => x.name === one.teams[0])!;
    expect(one.after).toBe(
      `Aan het eind: Cliëntwaarde ${t.triad.end.client} · Medewerkerswaarde ${t.triad.end.medewerker} · Organisatiewaarde ${t.triad.end.organisatie}`,
    );
    expect(meanTriad([t, t])).toEqual(t.triad.end);
    // The same question with different answers shows the answers; a stopped game says so.
    expect(choiceText(d('OR', 'ja'), [d('OR', 'nee')])).toBe('OR: ja');
    expect(choiceText(undefined, [])).toMatch(/stopte/);
    expect(choiceText(d('Plan', 'x'.repeat(120)), [d('Begroting')])).toBe('Plan');
  });

  it('flags teams that played with different session codes', () => {
    expect(seedGroups(teams())).toEqual([
      { seed: 482913, teams: ['Team 1', 'Team 2', 'Team 3'] },
      { seed: 111111, teams: ['Team 4'] },
    ]);
    expect(seedGroups(teams().slice(0, 3))).toHaveLength(1);
  });

  it('ranks the reflection questions by how many teams they fit', () => {
    const all = [teamResult('A', g1), teamResult('B', g1), teamResult('C', g2)];
    const ranked = rankPrompts(bundle, all);
    const ids = (g: Game) => choosePrompts(bundle, g.snapshot().machine.context.sim).map((p) => p.id);
    // The union of each team's questions, each once.
    expect(new Set(ranked.map((r) => r.prompt.id))).toEqual(new Set([...ids(g1), ...ids(g2)]));
    expect(ranked).toHaveLength(new Set([...ids(g1), ...ids(g2)]).size);
    for (const r of ranked) {
      const expected = [
        ...(ids(g1).includes(r.prompt.id) ? ['A', 'B'] : []),
        ...(ids(g2).includes(r.prompt.id) ? ['C'] : []),
      ];
      expect(r.teams).toEqual(expected);
    }
    // Most teams first.
    const counts = ranked.map((r) => r.teams.length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(counts[0]).toBeGreaterThanOrEqual(2);
  });
});

describe('the CSV', () => {
  it('has one semicolon-separated row per team with the triad, goals, inspection and key indicators', () => {
    const list = teams();
    const csv = teamsCsv(bundle, list);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + list.length);
    const header = lines[0]!.split(';');
    expect(header.slice(0, 2)).toEqual(['"team"', '"sessiecode"']);
    expect(header).toContain('"doelen behaald"');
    expect(header).toContain('"zwaarste inspectie-uitkomst"');
    for (const [i, line] of lines.slice(1).entries()) {
      const cells = line.split(';');
      const t = list[i]!;
      expect(cells).toHaveLength(header.length);
      expect(cells[0]).toBe(`"${t.name}"`);
      expect(cells[1]).toBe(String(t.seed));
      expect(cells[2]).toBe(String(t.triad.end.client));
      expect(cells[5]).toBe(String(t.triad.later!.client));
      expect(cells[8]).toBe(String(t.reached));
      expect(cells[9]).toBe(String(t.goals.length));
      expect(cells[10]).toBe(`"${t.worst?.label ?? 'geen bezoek'}"`);
    }
    // Decimals with a comma, as Dutch spreadsheets expect next to semicolons.
    const keys = keyIndicators(bundle);
    const decimal = keys.findIndex((k) => k.decimals > 0);
    expect(lines[1]!.split(';')[11 + decimal]).toMatch(/^-?\d+,\d+$/);
  });

  it('doubles quotes and defuses formulas in team names', () => {
    const list = teams().slice(0, 2);
    list[0]!.name = 'Team "Rood"; de besten';
    list[1]!.name = '=HYPERLINK("http://x","klik")';
    const lines = teamsCsv(bundle, list).split('\r\n');
    expect(lines[1]!.startsWith('"Team ""Rood""; de besten";')).toBe(true);
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""http://x"",""klik"")";`)).toBe(true);
    for (const f of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvText(f)).toBe(`"'${f}"`);
    expect(csvText('Team 1')).toBe('"Team 1"');
  });
});
