/** Terugblik: every decision in order, the indicator history, the value triad, the scan revisited. */
import { scoreDiagnosis } from '../../sim/rules';
import { button, h } from '../dom';
import { triadList } from './closing';
import { fmt, type ScreenCtx, screen } from './common';
import { GROUPS } from './report';

export function debriefScreen(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const cols = ['Start', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Een jaar later'];
  const series = [...sim.history, ...(sim.epilogue ? [sim.epilogue] : [])];
  const history = h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Verloop van de indicatoren' },
    h(
      'table',
      { class: 'indicators history' },
      h('caption', {}, 'Verloop van de indicatoren (werkelijke waarden)'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Indicator'),
          cols.slice(0, series.length).map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      GROUPS.map(([group, label]) =>
        h(
          'tbody',
          {},
          h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: series.length + 1 }, label)),
          b.scenario.indicators
            .filter((i) => i.group === group)
            .map((ind) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, ind.label),
                series.map((v) => h('td', {}, fmt(ind, v[ind.id] ?? 0))),
              ),
            ),
        ),
      ),
    ),
  );
  const byQuarter = new Map<number, typeof sim.decisions>();
  for (const d of sim.decisions) byQuarter.set(d.quarter, [...(byQuarter.get(d.quarter) ?? []), d]);
  const decisions = h(
    'ol',
    { class: 'decisions' },
    [...byQuarter].map(([q, list]) =>
      h(
        'li',
        {},
        h('h4', {}, q === 0 ? 'Voor het traject: intake, scan en plan' : q >= 7 ? 'Afronding' : `Kwartaal ${q}`),
        h(
          'ul',
          {},
          list.map((d) =>
            h('li', {}, h('span', { class: 'tag' }, d.phase), ` ${d.label}`, d.detail ? ` — ${d.detail}` : ''),
          ),
        ),
      ),
    ),
  );
  const diag = scoreDiagnosis(b, sim);
  const title = (id: string) => b.scan.problems.find((p) => p.id === id)?.title ?? id;
  const fact = (id: string) => b.scan.facts.find((f) => f.id === id)?.title ?? id;
  return screen(
    'terugblik',
    'Terugblik',
    'Geen winnaar, wel een verhaal: wat u besloot, wat dat in gang zette, en hoe het de mensen van Het Baken verging.',
    h('h3', {}, 'Waardendriehoek: einde traject en een jaar later'),
    triadList(c, sim.values),
    sim.epilogue ? triadList(c, sim.epilogue) : null,
    h('h3', {}, 'De scan, achteraf bekeken'),
    h(
      'ul',
      {},
      h('li', {}, `Terecht benoemd: ${diag.hits.map(title).join('; ') || 'geen'}`),
      h('li', {}, `Gemist: ${diag.missed.map(title).join('; ') || 'niets'}`),
      h('li', {}, `Benoemd, maar niet de kern: ${diag.falseAlarms.map(title).join('; ') || 'geen'}`),
      h('li', {}, `Verborgen feiten die u vond: ${diag.factsFound.map(fact).join('; ') || 'geen'}`),
      h('li', {}, `Verborgen feiten die u niet vond: ${diag.factsMissed.map(fact).join('; ') || 'geen'}`),
    ),
    h('h3', {}, 'Alle beslissingen'),
    decisions,
    h('h3', {}, 'Het verloop'),
    history,
    h(
      'div',
      { class: 'actions' },
      button('Naar het titelscherm', () => c.exit(), { class: 'btn btn--primary', id: 'terugblik__titel' }),
    ),
  );
}
