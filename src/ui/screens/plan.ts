/** The plan of approach: own goals with an ambition level, a coach, a reporting style; then the RvT decides. */
import { reportedValue } from '../../sim/model';
import { h, nextId, nl } from '../dom';
import { effectBullets, fmt, portrait, type ScreenCtx, screen, sourceNote } from './common';
import { checkedValues, form, radioGroup } from './forms';

export function planScreen(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const p = b.plan;
  const prev = sim.plan;
  const goals = h(
    'fieldset',
    { class: 'choicegroup' },
    h('legend', {}, `Eigen doelen (kies 1 tot ${p.maxGoals}); u wordt er aan het eind op beoordeeld`),
    p.goals.map((g) => {
      const ind = b.scenario.indicators.find((i) => i.id === g.indicator)!;
      const id = nextId('doel');
      const chosen = prev?.goals.find((x) => x.id === g.id);
      return h(
        'div',
        { class: 'option option--doel' },
        h('input', { type: 'checkbox', name: 'doel', id, value: g.id, checked: !!chosen }),
        h('label', { for: id }, h('span', { class: 'option__title' }, g.title)),
        h(
          'label',
          { class: 'option__level' },
          'Ambitie: ',
          h(
            'select',
            { name: `niveau-${g.id}`, 'aria-label': `Ambitie voor ${g.title}` },
            g.levels.map((l) => h('option', { value: l.id, selected: chosen?.level === l.id }, l.label)),
          ),
        ),
        h('p', { class: 'option__meta' }, `Nu volgens het dashboard: ${fmt(ind, reportedValue(b, sim, ind.id))}`),
      );
    }),
  );
  const noCoach = sim.picks.commit === 'refuse';
  const coaches = noCoach
    ? h(
        'p',
        { class: 'notice notice--info' },
        'U tekende de commitment niet: het programma levert geen coach. U gaat op eigen kracht.',
      )
    : radioGroup(
        'coach',
        'Welke coach van het programma kiest u?',
        p.coaches.map((co) => ({
          id: co.id,
          title: co.title,
          meta: `${nl(co.cost)} k€`,
          summary: co.summary,
          extra: h(
            'div',
            { class: 'option__extra' },
            portrait(b, co.who, 56),
            effectBullets(b, co.effects),
            sourceNote(co.source),
          ),
        })),
        prev?.coach,
      );
  const styles = radioGroup(
    'stijl',
    'Hoe rapporteert u over de voortgang?',
    p.reporting.map((r) => ({ id: r.id, title: r.title, summary: r.summary })),
    prev?.style,
  );
  const f = form(
    'plan',
    (el) => {
      const ids = checkedValues(el, 'doel');
      if (ids.length < 1 || ids.length > p.maxGoals) return `Kies 1 tot ${p.maxGoals} eigen doelen.`;
      const coach = noCoach ? '' : checkedValues(el, 'coach')[0];
      const style = checkedValues(el, 'stijl')[0];
      if (coach === undefined) return 'Kies een coach.';
      if (!style) return 'Kies een manier van rapporteren.';
      const goalsChosen = ids.map((id) => ({
        id,
        level: (el.querySelector(`select[name="niveau-${id}"]`) as HTMLSelectElement).value,
      }));
      c.send({ type: 'plan.submit', goals: goalsChosen, coach, style });
      return null;
    },
    goals,
    coaches,
    styles,
    h('button', { type: 'submit', class: 'btn btn--primary' }, 'Voorleggen aan de Raad van Toezicht'),
  );
  const tries = sim.attempts.plan ?? 0;
  return screen(
    'plan',
    'Plan van aanpak',
    tries
      ? 'De Raad van Toezicht keurde het plan nog niet goed. Pas het aan en leg het opnieuw voor.'
      : `Uw veranderbudget is nu ${nl(sim.budget)} k€. De coach wordt daaruit betaald.`,
    f,
  );
}
