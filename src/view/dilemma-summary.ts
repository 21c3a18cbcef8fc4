/**
 * The closing summary of a dilemma session and its CSV: per dilemma the options (the room's own
 * one included) with votes and share, what each set in motion, now and later, and the room's
 * notes. The printed page and the spreadsheet say the same things.
 */
import { type Opened, openDilemma } from '../narrative/dilemma-preview';
import type { DilemmasData, ScenarioBundle } from '../sim/schema';
import { csvNumber, csvText } from './compare-csv';
import { type RevealOption, revealModel } from './dilemma-reveal';
import { ownFor, type Session, tallyFor } from './dilemma-session';

export interface SummaryRow {
  id: string;
  title: string;
  total: number;
  options: RevealOption[];
  notes: string;
}

/** The summary of the first `upTo` dilemmas; `opened` lets a caller reuse dilemmas it ran already. */
export function summarize(
  b: ScenarioBundle,
  s: Session,
  upTo = s.ids.length,
  opened: (d: DilemmasData['dilemmas'][number]) => Opened = (d) => openDilemma(b, d),
): SummaryRow[] {
  return s.ids.slice(0, upTo).flatMap((id, i) => {
    const d = b.dilemmas.dilemmas.find((x) => x.id === id);
    if (!d) return [];
    const o = opened(d);
    const own = ownFor(s, i).text;
    const r = revealModel(b, d, tallyFor(s, i, o.options.length), own, o);
    return [{ id, title: d.title, total: r.total, options: r.options, notes: s.notes[i] ?? '' }];
  });
}

const HEADER = [
  'nr',
  'dilemma',
  'optie',
  'tekst',
  'eigen optie van de zaal',
  'stemmen',
  'aandeel (%)',
  'direct',
  'later',
  'notities van de zaal',
];

/** One row per option; the dilemma's notes on its first row. Semicolons and CRLF, as Dutch Excel expects. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = rows.flatMap((row, n) =>
    row.options.map((o, j) =>
      [
        csvNumber(n + 1),
        csvText(row.title),
        csvText(o.letter),
        csvText(o.text),
        csvText(o.own ? 'ja' : 'nee'),
        csvNumber(o.votes),
        row.total ? csvNumber(o.share) : '',
        csvText(o.now.join(' | ')),
        csvText(o.later.join(' | ')),
        csvText(j === 0 ? row.notes : ''),
      ].join(';'),
    ),
  );
  return `${[HEADER.map(csvText).join(';'), ...lines].join('\r\n')}\r\n`;
}
