/**
 * One line chart per indicator, one line per team (the numbers come from the view model
 * src/view/facilitator-chart.ts), drawn large enough for a projector: the axes' text is sized in
 * the chart's own units (see .chart__tick), so it grows with the chart. Teams differ in colour,
 * dash pattern and point marker at once, and a legend names them, so colour is never the only
 * cue; the data table under each chart is its text alternative.
 */
import type { IndicatorDef } from '../../view';
import type { Moment, TeamResult } from '../../view/compare';
import { chartModel } from '../../view/facilitator-chart';
import { h, svg } from '../dom';

export type Marker = 'cirkel' | 'vierkant' | 'driehoek' | 'ruit' | 'kruis' | 'omgekeerde driehoek';
export interface TeamStyle {
  color: string;
  dash: string;
  marker: Marker;
  /** The line in words, for the legend's accessible name. */
  words: string;
}

/** Dark enough on white for graphics (3:1 or better); each pairs a colour with a dash and a marker. */
const STYLES: TeamStyle[] = [
  { color: '#16324f', dash: '', marker: 'cirkel', words: 'doorgetrokken lijn, rondjes' },
  { color: '#b5361b', dash: '9 4', marker: 'vierkant', words: 'gestreepte lijn, vierkantjes' },
  { color: '#0f6e6e', dash: '2 4', marker: 'driehoek', words: 'gestippelde lijn, driehoekjes' },
  { color: '#6a3d9a', dash: '12 4 3 4', marker: 'ruit', words: 'streep-stippellijn, ruitjes' },
  { color: '#8a5a00', dash: '5 3', marker: 'kruis', words: 'kort gestreepte lijn, kruisjes' },
  {
    color: '#2a62a8',
    dash: '14 3 3 3 3 3',
    marker: 'omgekeerde driehoek',
    words: 'streep-stip-stiplijn, omgekeerde driehoekjes',
  },
  { color: '#4a5666', dash: '1 3', marker: 'vierkant', words: 'fijn gestippelde lijn, vierkantjes' },
  { color: '#1e6b3a', dash: '8 3 1 3', marker: 'cirkel', words: 'lang gestreepte lijn, rondjes' },
];
export const teamStyle = (i: number): TeamStyle => STYLES[i % STYLES.length]!;

/** Folded content is built when first opened (or printed): with hundreds of teams it is most of the page. */
const unbuilt = new WeakMap<HTMLDetailsElement, () => void>();
export function lazyDetails(cls: string, title: string, body: () => Node): HTMLDetailsElement {
  const details = h('details', { class: cls }, h('summary', {}, title));
  const build = () => {
    if (unbuilt.delete(details)) details.append(body());
  };
  unbuilt.set(details, build);
  details.addEventListener('toggle', () => details.open && build());
  return details;
}

/** Builds every folded part under `root` that was not opened yet (before printing). */
export function buildFolded(root: HTMLElement): void {
  for (const d of root.querySelectorAll('details')) unbuilt.get(d)?.();
}

/** A wide table scrolls sideways on its own; keyboard users can reach and scroll it too. */
export function scroller(label: string, table: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': label }, table);
}

function marker(m: Marker, x: number, y: number, color: string, r = 3.6): SVGElement {
  const common = { fill: color, stroke: color, 'stroke-width': 1 };
  switch (m) {
    case 'cirkel':
      return svg('circle', { cx: x, cy: y, r, ...common });
    case 'vierkant':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...common });
    case 'driehoek':
      return svg('path', {
        d: `M${x} ${y - r * 1.2}L${x + r * 1.1} ${y + r * 0.9}L${x - r * 1.1} ${y + r * 0.9}Z`,
        ...common,
      });
    case 'omgekeerde driehoek':
      return svg('path', {
        d: `M${x} ${y + r * 1.2}L${x + r * 1.1} ${y - r * 0.9}L${x - r * 1.1} ${y - r * 0.9}Z`,
        ...common,
      });
    case 'ruit':
      return svg('path', {
        d: `M${x} ${y - r * 1.3}L${x + r * 1.1} ${y}L${x} ${y + r * 1.3}L${x - r * 1.1} ${y}Z`,
        ...common,
      });
    default:
      return svg('path', {
        d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`,
        fill: 'none',
        stroke: color,
        'stroke-width': 2.2,
      });
  }
}

/** The line and marker as a small picture, for legends and table headers. */
export function swatch(style: TeamStyle): SVGElement {
  return svg(
    'svg',
    { width: 34, height: 12, viewBox: '0 0 34 12', 'aria-hidden': 'true', class: 'begeleider__swatch' },
    svg('line', {
      x1: 1,
      y1: 6,
      x2: 33,
      y2: 6,
      stroke: style.color,
      'stroke-width': 2.5,
      ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
    }),
    marker(style.marker, 17, 6, style.color, 3.4),
  );
}

export function lineChart(ind: IndicatorDef, teams: readonly TeamResult[], when: readonly Moment[]): HTMLElement {
  const m = chartModel(ind, teams, when);
  const W = 640;
  const H = 330;
  const left = 78;
  const right = 44;
  const top = 18;
  const bottom = 46;
  const { lo, hi } = m;
  const x = (i: number) => left + (i / Math.max(1, m.xLabels.length - 1)) * (W - left - right);
  const y = (v: number) => top + (1 - (v - lo) / (hi - lo || 1)) * (H - top - bottom);
  const grid = m.ticks.map((t) =>
    svg(
      'g',
      {},
      svg('line', { x1: left, x2: W - right, y1: y(t.value), y2: y(t.value), stroke: '#ddd5c4', 'stroke-width': 1.5 }),
      svg('text', { x: left - 10, y: y(t.value) + 7, 'text-anchor': 'end', class: 'chart__tick' }, t.label),
    ),
  );
  const axis = m.xLabels.map((label, i) =>
    svg('text', { x: x(i), y: H - 10, 'text-anchor': 'middle', class: 'chart__tick' }, label),
  );
  const lines = m.series.map((s, ti) => {
    const style = teamStyle(ti);
    const pts = s.points;
    return svg(
      'g',
      {},
      svg('polyline', {
        points: pts.map((p) => `${x(p.i)},${y(p.v)}`).join(' '),
        fill: 'none',
        stroke: style.color,
        'stroke-width': 4,
        'stroke-linejoin': 'round',
        ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
      }),
      ...pts.map((p) => marker(style.marker, x(p.i), y(p.v), style.color, 6.5)),
    );
  });
  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', { class: 'chart__title' }, m.title, h('span', { class: 'chart__note' }, ` ${m.note}`)),
    svg(
      'svg',
      {
        viewBox: `0 0 ${W} ${H}`,
        class: 'chart__svg',
        role: 'img',
        'aria-label': `Lijngrafiek: ${m.title} per team. De cijfers staan in de tabel onder de grafiek.`,
      },
      ...grid,
      ...axis,
      ...lines,
    ),
    h(
      'ul',
      { class: 'legend', 'aria-label': `Legenda bij ${m.title}` },
      m.series.map((s, i) => h('li', {}, swatch(teamStyle(i)), ` ${s.name}`)),
    ),
    lazyDetails('chart__data', 'Cijfers als tabel', () =>
      scroller(
        `Tabel: ${m.title} per team`,
        h(
          'table',
          { class: 'indicators' },
          h('caption', {}, `${m.title} per team`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              m.table.head.map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            m.table.rows.map((r) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, r.name),
                r.cells.map((c) => h('td', {}, c)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
