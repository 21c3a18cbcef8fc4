/** The end of the trajectory: interim review, borging, the final evaluation. */
import { evaluateGoals, triad } from '../../sim/rules';
import { button, h } from '../dom';
import { effectBullets, type ScreenCtx, screen, sourceNote } from './common';
import { checkedValues, checkGroup, form } from './forms';

export function goalsTable(c: ScreenCtx): HTMLElement {
  const rows = evaluateGoals(c.b, c.sim);
  return h(
    'table',
    { class: 'indicators goals' },
    h('caption', {}, 'Eigen doelen'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Doel', 'Ambitie', 'Start', 'Doelwaarde', 'Nu', 'Stand'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((g) => {
        const ind = c.b.scenario.indicators.find((i) => i.id === c.b.plan.goals.find((x) => x.id === g.id)!.indicator)!;
        const f = (v: number) =>
          v.toLocaleString('nl-NL', { maximumFractionDigits: ind.decimals, minimumFractionDigits: ind.decimals });
        const icon = g.result === 'behaald' ? '✓' : g.result === 'deels behaald' ? '◐' : '✗';
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, g.title),
          h('td', {}, g.level),
          h('td', {}, f(g.start)),
          h('td', {}, f(g.target)),
          h('td', {}, f(g.end)),
          h(
            'td',
            { class: `result result--${g.result.replace(' ', '-')}` },
            h('span', { 'aria-hidden': 'true' }, `${icon} `),
            g.result,
          ),
        );
      }),
    ),
  );
}

export function interimScreen(c: ScreenCtx): HTMLElement {
  const goals = c.sim.plan?.goals ?? [];
  const f = form(
    'tussenevaluatie',
    (el) => {
      c.send({ type: 'interim.submit', lower: checkedValues(el, 'bijstellen') });
      return null;
    },
    goalsTable(c),
    checkGroup(
      'bijstellen',
      'Stelt u uw doelen bij? Een lagere ambitie is eerlijker, maar kost vertrouwen.',
      goals.map((g) => {
        const t = c.b.plan.goals.find((x) => x.id === g.id)!;
        const first = t.levels[0]!.id === g.level;
        return {
          id: g.id,
          title: `${t.title}: ambitie een stap lager`,
          disabled: first ? 'al op het laagste niveau' : false,
        };
      }),
    ),
    c.b.plan.interim.adjustEffects.length ? effectBullets(c.b, c.b.plan.interim.adjustEffects) : null,
    h('button', { type: 'submit', class: 'btn btn--primary' }, 'Door naar actieperiode 2'),
  );
  return screen('tussenevaluatie', 'Tussenevaluatie', 'Halverwege: hoe staan uw eigen doelen ervoor?', f);
}

export function borgingScreen(c: ScreenCtx): HTMLElement {
  const p = c.b.plan;
  const f = form(
    'borging',
    (el) => {
      const measures = checkedValues(el, 'borging');
      if (measures.length > p.maxBorging) return `Kies hoogstens ${p.maxBorging} maatregelen.`;
      c.send({ type: 'borging.submit', measures });
      return null;
    },
    checkGroup(
      'borging',
      `Hoe borgt u wat bereikt is? (hoogstens ${p.maxBorging})`,
      p.borging.map((m) => ({
        id: m.id,
        title: m.title,
        summary: m.summary,
        extra: h('div', {}, effectBullets(c.b, m.effects), sourceNote(m.source)),
      })),
    ),
    h('button', { type: 'submit', class: 'btn btn--primary' }, 'Borging vastleggen'),
  );
  return screen(
    'borging',
    'Borging',
    'Het traject loopt af. Wat u niet vastlegt, zakt terug zodra de aandacht verslapt.',
    f,
  );
}

export function triadList(c: ScreenCtx, values: Record<string, number>): HTMLElement {
  const t = triad(c.b, values);
  const row = (label: string, v: number) =>
    h(
      'li',
      {},
      h('span', { class: 'triad__label' }, label),
      h('meter', { min: 0, max: 100, value: v, 'aria-hidden': 'true' }),
      ` ${v} van 100`,
    );
  return h(
    'ul',
    { class: 'triad', 'aria-label': 'Waardendriehoek' },
    row('Cliëntwaarde', t.client),
    row('Medewerkerswaarde', t.medewerker),
    row('Organisatiewaarde', t.organisatie),
  );
}

export function finalScreen(c: ScreenCtx): HTMLElement {
  const ladder = c.b.scenario.ladder;
  return screen(
    'eindevaluatie',
    'Eindevaluatie',
    'Het traject is klaar. Zo verhouden de resultaten zich tot uw eigen doelen en tot de drie soorten waarde.',
    goalsTable(c),
    h('h3', {}, 'Waardendriehoek'),
    triadList(c, c.sim.values),
    h('h3', {}, 'Inspectie'),
    c.sim.inspections.length
      ? h(
          'ul',
          {},
          c.sim.inspections.map((r) =>
            h('li', {}, `Kwartaal ${r.quarter}: ${ladder.find((l) => l.level === r.level)?.label ?? r.level}`),
          ),
        )
      : h('p', {}, 'Geen inspectiebezoeken.'),
    button('Een jaar later…', () => c.send({ type: 'final.continue' }), { class: 'btn btn--primary' }),
  );
}
