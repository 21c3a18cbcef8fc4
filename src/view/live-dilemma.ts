/**
 * A live dilemma session without the DOM: each dilemma's title, situation and options as the
 * phones and the big screen show them, and the session's summary as CSV — every dilemma's options
 * with the individual and the team votes, and the room's arguments as the facilitator typed them.
 */
import type { Tally } from '../live/protocol';
import type { ScenarioBundle } from '../sim/schema';
import { csvNumber, csvText } from './compare-csv';
import { openDilemma } from './dilemma-reveal';

export interface LiveDilemma {
  id: string;
  title: string;
  situation: string;
  options: string[];
}

const cache = new WeakMap<ScenarioBundle, Map<string, LiveDilemma>>();

/** One dilemma by id (opened once per bundle: it runs the ink); an unknown id gives an empty one. */
export function liveDilemma(b: ScenarioBundle, id: string): LiveDilemma {
  const known = cache.get(b) ?? new Map<string, LiveDilemma>();
  cache.set(b, known);
  let d = known.get(id);
  if (!d) {
    const def = b.dilemmas.dilemmas.find((x) => x.id === id);
    d = def
      ? { id, title: def.title, situation: def.situation, options: openDilemma(b, def).options.map((o) => o.text) }
      : { id, title: id, situation: '', options: [] };
    known.set(id, d);
  }
  return d;
}

/** The dilemmas a session runs: a set's, or those picked by hand. */
export function sessionDilemmas(b: ScenarioBundle, ids: readonly string[]): LiveDilemma[] {
  return ids.map((id) => liveDilemma(b, id));
}

/** The ready-made sets a facilitator can start a live session with. */
export const dilemmaSets = (b: ScenarioBundle) =>
  b.dilemmas.sets.map((s) => ({ id: s.id, title: s.title, summary: s.summary, count: s.dilemmas.length }));

/** The counts of a tally for n options (a tally from another question counts nothing). */
export function countsFor(tally: Tally | undefined, id: string, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (tally?.question === id ? (tally.counts[i] ?? 0) : 0));
}

/** The session's summary as CSV for Excel-NL: semicolons, one row per option (the download adds a BOM). */
export function liveDilemmaCsv(
  dilemmas: readonly LiveDilemma[],
  tallies: Record<string, Tally>,
  args: Record<string, string>,
): string {
  const head = [
    'Dilemma',
    'Optie',
    'Tekst',
    'Stemmen eerst (individueel)',
    'Stemmen na gesprek',
    'Argumenten van de zaal',
  ];
  const rows = dilemmas.flatMap((d) => {
    const first = tallies[`${d.id}:individual`];
    const team = tallies[`${d.id}:team`];
    const a = countsFor(first, d.id, d.options.length);
    const t = countsFor(team, d.id, d.options.length);
    return d.options.map((text, i) =>
      [
        csvText(d.title),
        String.fromCharCode(65 + i),
        csvText(text),
        first ? csvNumber(a[i]!) : '',
        team ? csvNumber(t[i]!) : '',
        i === 0 ? csvText(args[d.id] ?? '') : '',
      ].join(';'),
    );
  });
  return `${[head.map(csvText).join(';'), ...rows].join('\r\n')}\r\n`;
}
