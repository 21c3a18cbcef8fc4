/** Dutch number formatting and the wording of trends and effects, shared by every view model. */
import type { Effect, IndicatorDef, ScenarioBundle } from '../sim/schema';

/** A session code as the facilitator gave it out: six digits, leading zeros kept. */
export const sessionCodeText = (seed: number) => String(seed).padStart(6, '0');

/** Formats a number the Dutch way. */
export function nl(n: number, decimals = 0): string {
  return n.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A change with its sign, to at most `decimals` places and without trailing zeros ("+0,1", not "+0,10"). */
export function signed(n: number, decimals = 0): string {
  const s = Math.abs(n).toLocaleString('nl-NL', { maximumFractionDigits: decimals });
  return s === '0' ? '±0' : n > 0 ? `+${s}` : `−${s}`;
}

export function fmt(ind: IndicatorDef, v: number): string {
  const unit = ind.unit === '%' ? '%' : ind.unit ? ` ${ind.unit}` : '';
  return `${nl(v, ind.decimals)}${unit}`;
}

export type Tone = 'goed' | 'slecht' | 'gelijk';

/** Direction in words and symbols, never colour alone. */
export function trend(ind: IndicatorDef, delta: number): { text: string; symbol: string; tone: Tone } {
  const eps = 0.5 * 10 ** -ind.decimals;
  if (Math.abs(delta) < eps) return { text: 'gelijk', symbol: '→', tone: 'gelijk' };
  const good = delta * ind.better > 0;
  return {
    text: `${signed(delta, ind.decimals)}${ind.unit === '%' ? ' procentpunt' : ''} (${good ? 'beter' : 'slechter'})`,
    symbol: delta > 0 ? '▲' : '▼',
    tone: good ? 'goed' : 'slecht',
  };
}

export function characterName(b: ScenarioBundle, who: string | undefined): string {
  return b.scenario.characters.find((x) => x.id === who)?.name ?? '';
}

export function targetLabel(b: ScenarioBundle, target: string): string {
  if (target === 'budget') return 'veranderbudget';
  if (target.startsWith('trust.')) return `vertrouwen van ${characterName(b, target.slice(6)) || target.slice(6)}`;
  return b.scenario.indicators.find((i) => i.id === target)?.label ?? target;
}

/** One line of what a measure sets in motion: "verzuim omlaag (gunstig), na 1 kwartaal". */
export interface EffectLine {
  good: boolean;
  up: boolean;
  text: string;
}

export function effectLines(b: ScenarioBundle, effects: readonly Effect[]): EffectLine[] {
  return effects.map((e) => {
    const ind = b.scenario.indicators.find((i) => i.id === e.target);
    const good = ind ? e.delta * ind.better > 0 : e.delta > 0;
    const when = e.lag === 0 ? 'direct' : `na ${e.lag} kwarta${e.lag === 1 ? 'al' : 'len'}`;
    const spread = e.ramp > 1 ? `, verspreid over ${e.ramp} kwartalen` : '';
    return {
      good,
      up: e.delta > 0,
      text: `${targetLabel(b, e.target)} ${e.delta > 0 ? 'omhoog' : 'omlaag'} (${good ? 'gunstig' : 'ongunstig'}), ${when}${spread}`,
    };
  });
}

/** "Bron: 002:L12-40", or "Aanname: …" for an extrapolation. */
export function sourceText(source: string): string {
  return source.startsWith('extrapolation') ? `Aanname: ${source.slice(15).trim()}` : `Bron: ${source}`;
}
