/** The facilitator's group report as CSV: one row per team, for Dutch spreadsheets. */
import type { IndicatorDef, ScenarioBundle } from '../sim/schema';
import { keyIndicators, type TeamResult, TRIAD_KEYS, TRIAD_LABELS } from './compare';

/** A text cell: always quoted, inner quotes doubled, and a leading formula character defused. */
export function csvText(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}
/** A number cell with a decimal comma, as Dutch spreadsheets expect next to semicolons. */
export function csvNumber(v: number | null, decimals = 0): string {
  if (v === null || !Number.isFinite(v)) return '';
  return v.toFixed(decimals).replace('.', ',');
}

/** One row per team: what a facilitator wants in a spreadsheet after the session. */
export function teamsCsv(b: ScenarioBundle, teams: readonly TeamResult[]): string {
  const keys = keyIndicators(b);
  const unit = (i: IndicatorDef) => (i.unit ? ` (${i.unit})` : '');
  const header = [
    'team',
    'sessiecode',
    ...TRIAD_KEYS.map((k) => `${TRIAD_LABELS[k].toLowerCase()} einde`),
    ...TRIAD_KEYS.map((k) => `${TRIAD_LABELS[k].toLowerCase()} jaar later`),
    'doelen behaald',
    'doelen totaal',
    'zwaarste inspectie-uitkomst',
    ...keys.map((i) => `${i.label} einde${unit(i)}`),
  ].map(csvText);
  const rows = teams.map((t) => [
    csvText(t.name),
    csvNumber(t.seed),
    ...TRIAD_KEYS.map((k) => csvNumber(t.triad.end[k])),
    ...TRIAD_KEYS.map((k) => csvNumber(t.triad.later ? t.triad.later[k] : null)),
    csvNumber(t.reached),
    csvNumber(t.goals.length),
    csvText(t.worst ? t.worst.label : 'geen bezoek'),
    ...keys.map((i) => csvNumber(t.sim.values[i.id] ?? null, i.decimals)),
  ]);
  return `${[header, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`;
}
