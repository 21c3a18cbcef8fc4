/** The quarter's own screens: agenda, budget, the inspector's verdict. */
import { isAgendaOpen } from '../../machines/trajectory';
import { basketProblem, canBuy } from '../../sim/rules';
import { button, h, nl } from '../dom';
import { characterName, effectBullets, portrait, quarterName, type ScreenCtx, screen, sourceNote } from './common';
import { checkedValues, form } from './forms';

export function agendaScreen(c: ScreenCtx): HTMLElement {
  const { b, sim, ctx } = c;
  const open = b.agenda.items.filter((i) => isAgendaOpen(b, sim, ctx.agendaDone, i.id));
  const slots = ctx.agendaLeft;
  return screen(
    'agenda',
    `Agenda — ${quarterName(sim.quarter)}`,
    slots > 0
      ? `U heeft nog ${slots} ${slots === 1 ? 'plek' : 'plekken'} in uw agenda. Aandacht is schaars: met wie praat u, waar gaat u kijken?`
      : 'Uw agenda zit vol voor dit kwartaal.',
    h(
      'ul',
      { class: 'cards' },
      open.map((i) =>
        h(
          'li',
          { class: 'card card--agenda' },
          portrait(b, i.who, 56),
          h('h3', { class: 'card__title' }, i.title),
          h(
            'p',
            { class: 'card__meta' },
            i.kind === 'werkbezoek' ? 'Werkbezoek' : `Gesprek met ${characterName(b, i.who)}`,
          ),
          button('Inplannen', () => c.send({ type: 'agenda.open', item: i.id }), {
            disabled: slots < 1,
            'aria-label': `Inplannen: ${i.title}`,
          }),
        ),
      ),
    ),
    open.length ? null : h('p', {}, 'Er staat nu niets open.'),
    button('Naar de begroting', () => c.send({ type: 'agenda.finish' }), {
      class: 'btn btn--primary',
      id: 'agenda__verder',
    }),
  );
}

export function budgetScreen(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const total = h('strong', { id: 'begroting__totaal', 'aria-live': 'polite' }, '0 k€ gekozen');
  const update = (f: HTMLFormElement) => {
    const ids = checkedValues(f, 'maatregel');
    const cost = ids.reduce((a, id) => a + (b.interventions.interventions.find((i) => i.id === id)?.cost ?? 0), 0);
    total.textContent = `${nl(cost)} k€ gekozen van ${nl(sim.budget)} k€`;
  };
  const items = b.interventions.interventions.map((iv) => {
    const bought = sim.bought[iv.id] !== undefined;
    const check = canBuy(b, sim, iv, []);
    const id = `maatregel-${iv.id}`;
    const why = bought && !iv.repeatable ? 'al ingezet' : check.ok ? null : check.reason;
    return h(
      'li',
      { class: `card card--maatregel${why ? ' card--uit' : ''}` },
      h(
        'div',
        { class: 'card__row' },
        h('input', {
          type: 'checkbox',
          name: 'maatregel',
          value: iv.id,
          id,
          disabled: !!why,
          'aria-describedby': `${id}-uitleg`,
        }),
        h('label', { for: id, class: 'card__title' }, iv.title),
        h('span', { class: 'card__cost' }, `${nl(iv.cost)} k€`),
      ),
      h(
        'div',
        { id: `${id}-uitleg`, class: 'card__body' },
        h('p', {}, iv.summary),
        why ? h('p', { class: 'option__why' }, `Niet beschikbaar: ${why}`) : null,
        effectBullets(b, iv.effects),
        sourceNote(iv.source),
      ),
    );
  });
  const f = form(
    'begroting',
    (el) => {
      const buy = checkedValues(el, 'maatregel');
      const problem = basketProblem(b, sim, buy);
      if (problem) return problem;
      c.send({ type: 'budget.submit', buy });
      return null;
    },
    h('p', { class: 'meter' }, total),
    h('ul', { class: 'cards cards--maatregelen' }, items),
    h('button', { type: 'submit', class: 'btn btn--primary' }, 'Begroting vaststellen'),
  );
  f.addEventListener('change', () => update(f));
  update(f);
  return screen(
    'begroting',
    `Begroting — ${quarterName(sim.quarter)}`,
    `Veranderbudget: ${nl(sim.budget)} k€. Wat u nu inzet, werkt vaak pas later door. U mag ook niets kopen.`,
    f,
  );
}

export function verdictScreen(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const rec = sim.inspections[sim.inspections.length - 1]!;
  const ladder = [...b.scenario.ladder].sort((x, y) => x.level - y.level);
  const step = ladder.find((l) => l.level === rec.level)!;
  const visit = b.inspection.visits.find((v) => v.id === rec.visit)!;
  return screen(
    'oordeel',
    `Oordeel van de inspectie: ${step.label}`,
    `${visit.title}. ${characterName(b, b.inspection.inspector)} bespreekt wat ze zag, wat ze ervan vindt en hoe het verder moet.`,
    portrait(b, b.inspection.inspector, 72),
    h(
      'ol',
      { class: 'ladder', 'aria-label': 'De handhavingsladder, van licht naar zwaar' },
      ladder.map((l) =>
        h(
          'li',
          {
            class: `ladder__step${l.level === rec.level ? ' ladder__step--nu' : ''}`,
            'aria-current': l.level === rec.level ? 'step' : null,
          },
          l.level === rec.level ? h('strong', {}, `▶ ${l.label} (uw uitkomst)`) : l.label,
        ),
      ),
    ),
    h('p', {}, step.consequence),
    h('h3', {}, 'Waarom'),
    h(
      'ul',
      { class: 'reasons' },
      rec.reasons.map((r) => h('li', {}, r)),
    ),
    sourceNote(visit.source),
    button('Verder naar de kwartaalrapportage', () => c.send({ type: 'verdict.continue' }), {
      class: 'btn btn--primary',
    }),
  );
}
