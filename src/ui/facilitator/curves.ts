/**
 * The key indicators' curves for the projector: one large chart at a time, stepped through with
 * the buttons or the arrow keys (Page Up/Down too, as a presenter's clicker sends). Every chart
 * is in the page, so the printed report shows them all; the screen shows the current one.
 */
import type { ScenarioBundle } from '../../view';
import { keyIndicators, moments, type TeamResult } from '../../view/compare';
import { button, h } from '../dom';
import { lineChart } from './chart';
import { block } from './parts';

const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const ON = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);

/** `at` keeps the chart shown across redraws (a rename, a team added). */
export function curvesSection(b: ScenarioBundle, results: readonly TeamResult[], at: { chart: number }): HTMLElement {
  const when = moments(results);
  const indicators = keyIndicators(b);
  const charts = indicators.map((ind) => lineChart(ind, results, when));
  const where = h('p', { class: 'begeleider__waar', 'aria-live': 'polite', id: 'begeleider__grafiek-nr' });
  const show = (i: number) => {
    at.chart = (i + charts.length) % charts.length;
    charts.forEach((c, n) => {
      c.classList.toggle('chart--weg', n !== at.chart);
    });
    where.textContent = `Grafiek ${at.chart + 1} van ${charts.length}: ${indicators[at.chart]?.label ?? ''}`;
  };
  const stepper = h(
    'div',
    {
      class: 'begeleider__stapper',
      role: 'group',
      'aria-label': 'Grafieken, één tegelijk',
      onkeydown: (event: Event) => {
        const e = event as KeyboardEvent;
        const step = BACK.has(e.key) ? -1 : ON.has(e.key) ? 1 : 0;
        // Arrow keys keep their own meaning in a table that scrolls, or a folded part.
        if (!step || (e.target as HTMLElement).closest('.table-scroll, summary')) return;
        e.preventDefault();
        show(at.chart + step);
      },
    },
    h(
      'div',
      { class: 'begeleider__stappen-knoppen' },
      button('Vorige grafiek', () => show(at.chart - 1), { class: 'btn', id: 'begeleider__grafiek-terug' }),
      where,
      button('Volgende grafiek', () => show(at.chart + 1), { class: 'btn', id: 'begeleider__grafiek-verder' }),
    ),
    charts,
  );
  show(Math.min(at.chart, charts.length - 1));
  return block(
    'verloop',
    'Verloop van de kernindicatoren',
    h(
      'p',
      { class: 'hint' },
      'Eén grafiek tegelijk, groot genoeg voor de beamer: blader met de knoppen of de pijltjestoetsen. Per indicator één lijn per team; de teams verschillen in kleur, lijnsoort en punt. Onder elke grafiek staan de cijfers als tabel.',
    ),
    stepper,
  );
}
