/**
 * Pieces the game screens share, as lit-html templates: the screen frame, portraits, effect
 * bullets, source notes, tables that scroll on a phone. Text is always bound as text (escaped).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { portraitDataUrl } from '../../art/portrait';
import type { EffectLine, Face, GameView, PlayerEvent, TeamPrompt } from '../../view';
import { sourceText } from '../../view/format';
import { teamPanel } from './team';

/** Downloads of the Terugblik: the game handed in, or (in a "wat als" branch) the branch itself. */
export type ExportKind = 'csv' | 'json' | 'variant-csv' | 'variant-json';

/** What a screen template gets: its model's game view, and what it may do. */
export interface ScreenCtx {
  view: GameView;
  /** Sends a player event from a control drawn for this view; `e` is the DOM event that caused it. */
  send(event: PlayerEvent, e?: Event): void;
  /** Leave the game for the title screen (the autosave stays). */
  exit(): void;
  /** Play on from just before the decision made at this log step ("wat als"). */
  branch(step: number): void;
  /** The text of a download (see ExportKind). */
  exportText(kind: ExportKind): string;
  /** Keeps (or, with `submit`, hands in) the written reflection answers; false when they do not fit. */
  reflect(answers: readonly string[], submit: boolean): boolean;
  /** Form state of this screen instance that is not the game's: a message, a basket being ticked. */
  local: { error: string | null; basket: readonly string[] };
  setLocal(patch: Partial<ScreenCtx['local']>): void;
}

/** A screen: its heading receives focus when the screen changes (see game-view). */
export function frame(
  id: string,
  vm: { title: string; intro: string | null; team: TeamPrompt | null },
  ...body: unknown[]
): TemplateResult {
  return html`<section class="screen screen--${id}" id="scherm-${id}" aria-labelledby="${id}__titel">
    <h2 id="${id}__titel" tabindex="-1" class="screen__title">${vm.title}</h2>
    ${vm.intro ? html`<p class="screen__intro">${vm.intro}</p>` : nothing} ${teamPanel(vm.team)} ${body}
  </section>`;
}

const portraitCache = new Map<string, string>();
export function portrait(f: Face | null | undefined, size = 96): TemplateResult | typeof nothing {
  if (!f) return nothing;
  const key = `${JSON.stringify(f.spec)}@${size}`;
  let url = portraitCache.get(key);
  if (!url) {
    url = portraitDataUrl(f.spec, size);
    portraitCache.set(key, url);
  }
  return html`<img class="portrait" src=${url} width=${size} height=${size} alt="Portret van ${f.name}" />`;
}

/** "▲ verzuim omlaag (gunstig), na 1 kwartaal" — what a measure sets in motion. */
export const effects = (lines: readonly EffectLine[] | undefined) =>
  lines?.length
    ? html`<ul class="effects">
        ${lines.map(
          (e) =>
            html`<li class="effect ${e.good ? 'effect--goed' : 'effect--slecht'}">
              <span aria-hidden="true" class="effect__icon">${e.up ? '▲' : '▼'}</span> ${e.text}
            </li>`,
        )}
      </ul>`
    : nothing;

/**
 * A source is one action away, not printed under every card: a small "Bron" (or "Aanname", for an
 * extrapolation) that opens to the reference. Printing opens every one (app.ts, beforeprint).
 */
export const source = (text: string | null | undefined) => {
  if (!text) return nothing;
  const full = sourceText(text);
  const [kind, ...rest] = full.split(': ');
  return html`<details class="source"><summary>${kind}</summary><p>${rest.join(': ')}</p></details>`;
};

/**
 * A wide table scrolls sideways inside its own labelled region instead of pushing the page wider
 * than a phone (WCAG 1.4.10 reflow); the region is focusable so it scrolls by keyboard too.
 */
export const scrolling = (label: string, table: TemplateResult) =>
  html`<div class="table-scroll" tabindex="0" role="region" aria-label=${label}>${table}</div>`;

/** A small line of a course (values scaled 0..1); decorative, the numbers are in the text beside it. */
export function sparkline(course: readonly number[]): TemplateResult {
  const w = 96;
  const hgt = 28;
  const pts = course
    .map((v, i) => `${(i / Math.max(1, course.length - 1)) * (w - 4) + 2},${hgt - 2 - v * (hgt - 4)}`)
    .join(' ');
  return html`<svg width=${w} height=${hgt} viewBox="0 0 ${w} ${hgt}" aria-hidden="true" class="spark">
    <polyline points=${pts} fill="none" stroke="#16324f" stroke-width="2"></polyline>
  </svg>`;
}
