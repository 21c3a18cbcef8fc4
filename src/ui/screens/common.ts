/** Pieces the game screens share: the screen frame, portraits, indicator formatting, effect bullets. */
import { portraitDataUrl } from '../../art/portrait';
import type { Game, GameSnapshot } from '../../game/game';
import type { PlayerEvent } from '../../machines/events';
import type { TrajectoryContext } from '../../machines/trajectory';
import type { Effect, IndicatorDef, PersonDef, ScenarioBundle } from '../../sim/schema';
import type { SimState } from '../../sim/state';
import { h, nl, signed } from '../dom';

export interface ScreenCtx {
  b: ScenarioBundle;
  snap: GameSnapshot;
  ctx: TrajectoryContext;
  sim: SimState;
  send(e: PlayerEvent): boolean;
  /** Leave the game for the title screen (the autosave stays). */
  exit(): void;
  /** Play on from just before the decision made at this log step ("wat als"). */
  branch(step: number): void;
  /** In a branch: the path it came from. */
  basis: GameSnapshot | null;
  /** The game itself, read-only. */
  game: Game;
  /** The game whose result is handed in (code, CSV, JSON): in a "wat als" branch, the original. */
  original: Game;
  /** A team plays around one screen: show timer, prompts and votes. */
  team: boolean;
}

/** A screen: its heading receives focus when the screen changes (see game-view). */
export function screen(
  id: string,
  title: string,
  intro: string | null,
  ...body: (Node | null | false | undefined)[]
): HTMLElement {
  return h(
    'section',
    { class: `screen screen--${id}`, id: `scherm-${id}`, 'aria-labelledby': `${id}__titel` },
    h('h2', { id: `${id}__titel`, tabindex: -1, class: 'screen__title' }, title),
    intro ? h('p', { class: 'screen__intro' }, intro) : null,
    ...body,
  );
}

const portraitCache = new Map<string, string>();
export function portrait(b: ScenarioBundle, who: string | undefined, size = 96): HTMLElement | null {
  const c = b.scenario.characters.find((x) => x.id === who);
  if (!c) return null;
  const key = `${c.id}@${size}`;
  let url = portraitCache.get(key);
  if (!url) {
    url = portraitDataUrl(c.portrait, size);
    portraitCache.set(key, url);
  }
  return h('img', { class: 'portrait', src: url, width: size, height: size, alt: `Portret van ${c.name}` });
}

/** A person the player follows: their own portrait, or their cast character's. */
export function personPortrait(b: ScenarioBundle, p: PersonDef, size = 56): HTMLElement | null {
  if (p.character) return portrait(b, p.character, size);
  if (!p.portrait) return null;
  return h('img', {
    class: 'portrait',
    src: portraitDataUrl(p.portrait, size),
    width: size,
    height: size,
    alt: `Portret van ${p.name}`,
  });
}

export function characterName(b: ScenarioBundle, who: string | undefined): string {
  const c = b.scenario.characters.find((x) => x.id === who);
  return c ? c.name : '';
}

export function fmt(ind: IndicatorDef, v: number): string {
  const unit = ind.unit === '%' ? '%' : ind.unit ? ` ${ind.unit}` : '';
  return `${nl(v, ind.decimals)}${unit}`;
}

/** Direction in words and symbols, never colour alone. */
export function trend(
  ind: IndicatorDef,
  delta: number,
): { text: string; symbol: string; tone: 'goed' | 'slecht' | 'gelijk' } {
  const eps = 0.5 * 10 ** -ind.decimals;
  if (Math.abs(delta) < eps) return { text: 'gelijk', symbol: '→', tone: 'gelijk' };
  const good = delta * ind.better > 0;
  return {
    text: `${signed(delta, ind.decimals)}${ind.unit === '%' ? ' procentpunt' : ''} (${good ? 'beter' : 'slechter'})`,
    symbol: delta > 0 ? '▲' : '▼',
    tone: good ? 'goed' : 'slecht',
  };
}

export function targetLabel(b: ScenarioBundle, target: string): string {
  if (target === 'budget') return 'veranderbudget';
  if (target.startsWith('trust.')) return `vertrouwen van ${characterName(b, target.slice(6)) || target.slice(6)}`;
  return b.scenario.indicators.find((i) => i.id === target)?.label ?? target;
}

/** "verzuim ▼ (beter) over 2 kwartalen, na 1 kwartaal" — what an intervention sets in motion. */
export function effectBullets(b: ScenarioBundle, effects: readonly Effect[]): HTMLElement {
  return h(
    'ul',
    { class: 'effects' },
    effects.map((e) => {
      const ind = b.scenario.indicators.find((i) => i.id === e.target);
      const better = ind ? e.delta * ind.better > 0 : e.delta > 0;
      const when = e.lag === 0 ? 'direct' : `na ${e.lag} kwarta${e.lag === 1 ? 'al' : 'len'}`;
      const spread = e.ramp > 1 ? `, verspreid over ${e.ramp} kwartalen` : '';
      return h(
        'li',
        { class: better ? 'effect effect--goed' : 'effect effect--slecht' },
        h('span', { 'aria-hidden': 'true', class: 'effect__icon' }, e.delta > 0 ? '▲' : '▼'),
        ` ${targetLabel(b, e.target)} ${e.delta > 0 ? 'omhoog' : 'omlaag'} (${better ? 'gunstig' : 'ongunstig'}), ${when}${spread}`,
      );
    }),
  );
}

export function sourceNote(source: string): HTMLElement {
  const text = source.startsWith('extrapolation') ? `Aanname: ${source.slice(15).trim()}` : `Bron: ${source}`;
  return h('p', { class: 'source' }, text);
}

export const quarterName = (q: number) => `Kwartaal ${q} van 6`;
