/** The quarterly report: every indicator with its value, its change this quarter and the main reason. */
import { contributions } from '../../game/causes';
import { reportedValue } from '../../sim/model';
import type { ScenarioBundle } from '../../sim/schema';
import type { SimState } from '../../sim/state';
import { button, h } from '../dom';
import { fmt, quarterName, type ScreenCtx, screen, trend } from './common';

export const GROUPS = [
  ['clienten', 'Cliënten'],
  ['medewerkers', 'Medewerkers'],
  ['organisatie', 'Organisatie en geld'],
  ['verandering', 'Verandering'],
  ['buitenwereld', 'Buitenwereld'],
] as const;

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
            h('th', { scope: 'col' }, 'Indicator'),
            h('th', { scope: 'col' }, 'Waarde'),
            h('th', { scope: 'col' }, 'Dit kwartaal'),
            h('th', { scope: 'col' }, 'Belangrijkste oorzaak'),
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
            const top = contributions(b, s, quarter, ind.id)[0];
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, ind.label),
              h('td', {}, fmt(ind, shown), masked ? h('span', { class: 'hint' }, ' (volgens het dashboard)') : null),
              h(
                'td',
                { class: `trend trend--${t.tone}` },
                h('span', { 'aria-hidden': 'true' }, `${t.symbol} `),
                t.text,
              ),
              h('td', { class: 'reason' }, top ? top.label : '—'),
            );
          }),
        ),
      );
    }),
  );
}

export function reportScreen(c: ScreenCtx): HTMLElement {
  const q = c.sim.quarter;
  const last =
    q === 3 ? 'Na dit kwartaal volgt de tussenevaluatie.' : q === 6 ? 'Na dit kwartaal volgt de borging.' : '';
  return screen(
    'rapportage',
    `Kwartaalrapportage — ${quarterName(q)}`,
    `Zo staat Het Baken ervoor aan het eind van dit kwartaal. ${last}`.trim(),
    indicatorTable(c.b, c.sim, q),
    button(
      q >= 6 ? 'Verder naar de borging' : q === 3 ? 'Verder naar de tussenevaluatie' : 'Volgend kwartaal',
      () => c.send({ type: 'report.continue' }),
      {
        class: 'btn btn--primary',
        id: 'rapportage__verder',
      },
    ),
  );
}
