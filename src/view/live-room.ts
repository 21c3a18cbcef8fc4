/**
 * The facilitator's control room for a live team game, without any DOM: per team its phase,
 * quarter, value triad and key indicators in words, whether it waits at a hold, and whether its
 * result arrived; and which quarter a hold should name. Progress comes from the teams' devices
 * (relayed, not verified: the comparison replays the verified result codes instead).
 */
import type { TeamRow } from '../live/protocol';
import { atLength } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';
import { keyIndicators, TRIAD_KEYS, TRIAD_LABELS } from './compare';
import { fmt, nl } from './format';
import { phaseName } from './game-view';

export interface RoomRow {
  seat: number;
  name: string;
  phase: string;
  /** "K2 van 4", or a dash before the first quarter. */
  quarter: string;
  triad: { label: string; value: string }[];
  indicators: { label: string; value: string }[];
  /** Stopped at the hold, waiting for the release. */
  waiting: boolean;
  result: string;
}

export interface RoomModel {
  rows: RoomRow[];
  /** Column heads for the indicators (the same for every team). */
  indicatorLabels: string[];
  triadLabels: string[];
  /** The quarters a hold can name (1 … the length's quarters). */
  quarters: number[];
  /** The quarter a hold names by default: the furthest any team has reached (at least 1). */
  holdDefault: number;
  /** The hold in force, in words, or null. */
  hold: string | null;
  summary: string;
}

/** The progress phase id a game is in: the machine's top state, with the quarter's step ('quarter.report'). */
export function phaseId(value: string | Record<string, unknown>): string {
  if (typeof value === 'string') return value;
  const [top, sub] = Object.entries(value)[0] ?? ['', null];
  return typeof sub === 'string' ? `${top}.${sub}` : top;
}

export function roomModel(
  base: ScenarioBundle,
  length: string | undefined,
  teams: readonly TeamRow[],
  hold: { quarter: number } | null,
): RoomModel {
  const b = atLength(base, length) ?? base;
  const inds = keyIndicators(b);
  const rows = teams.map((t): RoomRow => {
    const p = t.progress;
    const [top = '', step = ''] = (p?.phase ?? '').split('.');
    const waiting = !!hold && !!p && top === 'quarter' && step === 'report' && p.quarter >= hold.quarter;
    const phase = p ? phaseName(b, top, p.quarter) || '—' : 'Nog niet begonnen';
    return {
      seat: t.seat,
      name: t.name,
      phase: waiting ? `${phase} · wacht` : phase,
      quarter: p && p.quarter > 0 ? `K${p.quarter} van ${b.scenario.quarters}` : '—',
      triad: TRIAD_KEYS.map((k) => ({ label: TRIAD_LABELS[k], value: p ? nl(p.triad[k]) : '—' })),
      indicators: inds.map((ind) => {
        const v = p?.indicators.find((i) => i.id === ind.id)?.value;
        return { label: ind.label, value: v === undefined ? '—' : fmt(ind, v) };
      }),
      waiting,
      result: !t.result ? 'nog niet' : t.result.final ? 'eindresultaat' : 'tussenstand',
    };
  });
  const reached = Math.max(1, ...teams.map((t) => t.progress?.quarter ?? 0));
  const quarters = Array.from({ length: b.scenario.quarters }, (_, i) => i + 1);
  const waiting = rows.filter((r) => r.waiting).length;
  const done = teams.filter((t) => t.result?.final).length;
  const parts = [
    `${teams.length} ${teams.length === 1 ? 'team' : 'teams'}`,
    hold ? `${waiting} van ${teams.length} wachten aan het eind van kwartaal ${hold.quarter}` : '',
    `${done} klaar`,
  ];
  return {
    rows,
    indicatorLabels: inds.map((i) => i.label),
    triadLabels: TRIAD_KEYS.map((k) => TRIAD_LABELS[k]),
    quarters,
    holdDefault: Math.min(reached, b.scenario.quarters),
    hold: hold ? `Alle teams stoppen aan het eind van kwartaal ${hold.quarter}.` : null,
    summary: parts.filter(Boolean).join(' · '),
  };
}
