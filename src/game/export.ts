/** The decision log as CSV and JSON, for trainers' spreadsheets and archives. */
import { causeLabel } from './causes';
import { recap } from './debrief';
import type { Game } from './game';
import { toSave } from './save';
import { summarize } from './summary';

const cell = (v: string | number) => {
  const s = String(v);
  // Quote every text cell; double inner quotes; defuse formulas in spreadsheets.
  return typeof v === 'number' ? s : `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export function decisionsCsv(game: Game): string {
  const b = game.bundle;
  const s = game.snapshot().machine.context.sim;
  const label = (target: string) => {
    if (!target.startsWith('trust.')) return b.scenario.indicators.find((i) => i.id === target)?.label ?? target;
    const who = b.scenario.characters.find((c) => `trust.${c.id}` === target);
    return `vertrouwen van ${who?.name ?? target.slice(6)}`;
  };
  const rows: (string | number)[][] = [['nr', 'kwartaal', 'fase', 'beslissing', 'toelichting', 'oorzaak', 'gevolgen']];
  for (const r of recap(b, s))
    rows.push([
      r.index + 1,
      r.decision.quarter,
      r.decision.phase,
      r.decision.label,
      r.decision.detail,
      r.decision.cause ? causeLabel(b, r.decision.cause) : '',
      r.consequences
        .map((c) => `${label(c.target)} ${c.delta > 0 ? '+' : ''}${c.delta.toFixed(2)} (K${c.from}-K${c.to})`)
        .join('; '),
    ]);
  // Semicolons: what Dutch spreadsheet programs expect; the BOM makes Excel read UTF-8 (ë, ı, €).
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** The save (so the file can be read in again) plus a readable summary. */
export function gameJson(game: Game, teamName = ''): string {
  return JSON.stringify({ ...toSave(game, undefined, false, teamName), summary: summarize(game) }, null, 2);
}

/** How a "wat als" branch is labelled wherever it leaves the game: exploration, not the result. */
export const EXPLORATION_LABEL = 'Wat als-verkenning: niet het ingeleverde spel';

/** A branch's decisions, only when asked for, with the label as its first line. */
export function explorationCsv(branch: Game): string {
  return `\uFEFF${cell(EXPLORATION_LABEL)}\r\n${decisionsCsv(branch).slice(1)}`;
}

/** A branch with the path it came from (so it can be read in and compared), labelled as such. */
export function explorationJson(branch: Game, original: Game, teamName = ''): string {
  return JSON.stringify(
    { label: EXPLORATION_LABEL, ...toSave(branch, original, false, teamName), summary: summarize(branch) },
    null,
    2,
  );
}
