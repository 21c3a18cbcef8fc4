/**
 * The quarterly report: every indicator with its value, its course so far, its change this
 * quarter and why — the causes come from the model's ledger, not from hand-written text —
 * and what the people the player follows experienced this quarter.
 */
import { contributions } from '../../game/causes';
import type { VignetteText } from '../../game/game';
import { reportedValue } from '../../sim/model';
import type { IndicatorDef, ScenarioBundle } from '../../sim/schema';
import type { SimState } from '../../sim/state';
import { button, h, signed, svg } from '../dom';
import { fmt, personPortrait, quarterName, type ScreenCtx, screen, trend } from './common';

export const GROUPS = [
  ['clienten', 'Cliënten'],
  ['medewerkers', 'Medewerkers'],
  ['organisatie', 'Organisatie en geld'],
  ['verandering', 'Verandering'],
  ['buitenwereld', 'Buitenwereld'],
] as const;

/** A small line of the indicator's course; decorative, the numbers are in the text beside it. */
export function sparkline(ind: IndicatorDef, series: readonly number[]): SVGElement {
  const w = 96;
  const hgt = 28;
  const span = ind.max - ind.min || 1;
  const pts = series.map(
    (v, i) => `${(i / Math.max(1, series.length - 1)) * (w - 4) + 2},${hgt - 2 - ((v - ind.min) / span) * (hgt - 4)}`,
  );
  return svg(
    'svg',
    { width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, 'aria-hidden': 'true', class: 'spark' },
    svg('polyline', { points: pts.join(' '), fill: 'none', stroke: '#16324f', 'stroke-width': 2 }),
  );
}

/** When a decision was taken, so the report can say how long its effect took to show. */
function decidedIn(s: SimState, cause: string): number | null {
  const d = s.decisions.find((x) => x.cause === cause);
  return d ? d.quarter : null;
}

function why(b: ScenarioBundle, s: SimState, quarter: number, ind: IndicatorDef): HTMLElement | null {
  const list = contributions(b, s, quarter, ind.id);
  if (!list.length) return null;
  return h(
    'details',
    { class: 'why' },
    h('summary', {}, `Waarom? (${ind.label})`),
    h(
      'ul',
      {},
      list.map((c) => {
        const q = decidedIn(s, c.cause);
        const lag =
          q === null
            ? ''
            : q === quarter || (quarter === 1 && q === 0)
              ? ' — dit kwartaal besloten'
              : ` — besloten in ${q === 0 ? 'de voorbereiding' : `kwartaal ${q}`}, ${quarter - Math.max(q, 1)} kwartaal later zichtbaar`;
        return h(
          'li',
          {},
          `${c.label}: ${signed(c.delta, ind.decimals + 1)}${ind.unit === '%' ? ' procentpunt' : ''}${lag}`,
        );
      }),
    ),
  );
}

export function indicatorTable(b: ScenarioBundle, s: SimState, quarter: number): HTMLElement {
  const prev = s.history[quarter - 1] ?? s.history[0]!;
  return h(
    'div',
    { class: 'tables' },
    GROUPS.map(([group, label]) => {
      const inds = b.scenario.indicators.filter((i) => i.group === group);
      if (!inds.length) return null;
      return h(
        'table',
        { class: 'indicators' },
        h('caption', {}, label),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Indicator', 'Waarde', 'Verloop', 'Dit kwartaal', 'Belangrijkste oorzaak'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          inds.map((ind) => {
            const now = s.values[ind.id] ?? 0;
            const shown = reportedValue(b, s, ind.id);
            const masked = shown !== now;
            const t = trend(ind, now - (prev[ind.id] ?? now));
            const series = s.history.slice(0, quarter + 1).map((v) => v[ind.id] ?? 0);
            const top = contributions(b, s, quarter, ind.id)[0];
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, ind.label),
              h('td', {}, fmt(ind, shown), masked ? h('span', { class: 'hint' }, ' (volgens het dashboard)') : null),
              h(
                'td',
                { class: 'course' },
                sparkline(ind, series),
                h('span', { class: 'sr-only' }, `Verloop: ${series.map((v) => fmt(ind, v)).join(', ')}`),
              ),
              h(
                'td',
                { class: `trend trend--${t.tone}` },
                h('span', { 'aria-hidden': 'true' }, `${t.symbol} `),
                t.text,
              ),
              h('td', { class: 'reason' }, top ? top.label : '—', why(b, s, quarter, ind)),
            );
          }),
        ),
      );
    }),
  );
}

export function peopleSection(
  b: ScenarioBundle,
  texts: readonly VignetteText[],
  quarter: number,
  heading = 'De mensen',
): HTMLElement | null {
  const now = texts.filter((t) => t.quarter === quarter);
  if (!now.length) return null;
  return h(
    'section',
    { class: 'people', 'aria-labelledby': `mensen-${quarter}` },
    h('h3', { id: `mensen-${quarter}` }, heading),
    h(
      'ul',
      { class: 'cards cards--mensen' },
      now.map((v) => {
        const p = b.people.people.find((x) => x.id === v.person)!;
        return h(
          'li',
          { class: 'card card--mens' },
          h(
            'div',
            { class: 'card__row' },
            personPortrait(b, p, 56),
            h(
              'div',
              {},
              h('h4', { class: 'card__title' }, p.name),
              h('p', { class: 'card__meta' }, `${p.age} jaar, ${p.kind === 'client' ? 'cliënt' : 'medewerker'}`),
            ),
          ),
          h('p', {}, v.text),
        );
      }),
    ),
  );
}

export function reportScreen(c: ScreenCtx): HTMLElement {
  const q = c.sim.quarter;
  const last =
    q === 3 ? 'Na dit kwartaal volgt de tussenevaluatie.' : q === 6 ? 'Na dit kwartaal volgt de borging.' : '';
  return screen(
    'rapportage',
    `Kwartaalrapportage — ${quarterName(q)}`,
    `Zo staat ${c.b.scenario.title} ervoor aan het eind van dit kwartaal. ${last}`.trim(),
    peopleSection(c.b, c.snap.vignettes, q, 'Wat de mensen dit kwartaal meemaakten'),
    h('h3', {}, 'De cijfers'),
    indicatorTable(c.b, c.sim, q),
    button(
      q >= 6 ? 'Verder naar de borging' : q === 3 ? 'Verder naar de tussenevaluatie' : 'Volgend kwartaal',
      () => c.send({ type: 'report.continue' }),
      { class: 'btn btn--primary', id: 'rapportage__verder' },
    ),
  );
}
