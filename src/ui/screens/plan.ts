/** The plan of approach: own goals with an ambition level, a coach, a reporting style; then the RvT decides. */
import { html } from 'lit-html';
import type { PlanModel } from '../../view';
import { frame, type ScreenCtx } from './common';
import { checkedValues, choiceGroup, form } from './forms';

export function planScreen(c: ScreenCtx, vm: PlanModel) {
  const goals = html`<fieldset class="choicegroup">
    <legend>Eigen doelen (kies 1 tot ${vm.maxGoals}); u wordt er aan het eind op beoordeeld</legend>
    ${vm.goals.map(
      (g) => html`<div class="option option--doel">
        <input type="checkbox" name="doel" id="doel-${g.id}" value=${g.id} ?checked=${g.chosen !== null} />
        <label for="doel-${g.id}"><span class="option__title">${g.title}</span></label>
        <label class="option__level"
          >Ambitie:
          <select name="niveau-${g.id}" aria-label="Ambitie voor ${g.title}">
            ${g.levels.map((l) => html`<option value=${l.id} ?selected=${g.chosen === l.id}>${l.label}</option>`)}
          </select></label
        >
        <p class="option__meta">${g.now}</p>
      </div>`,
    )}
  </fieldset>`;
  const coaches = vm.coaches
    ? choiceGroup('radio', 'coach', 'Welke coach van het programma kiest u?', vm.coaches, [vm.coach])
    : html`<p class="notice notice--info">U tekende de commitment niet: het programma levert geen coach. U gaat op eigen kracht.</p>`;
  return frame(
    'plan',
    vm,
    form(
      c,
      'plan',
      vm.submit,
      (el, e) => {
        const ids = checkedValues(el, 'doel');
        if (ids.length < 1 || ids.length > vm.maxGoals) return `Kies 1 tot ${vm.maxGoals} eigen doelen.`;
        const coach = vm.coaches ? checkedValues(el, 'coach')[0] : '';
        const style = checkedValues(el, 'stijl')[0];
        if (coach === undefined) return 'Kies een coach.';
        if (!style) return 'Kies een manier van rapporteren.';
        const level = (id: string) => el.querySelector<HTMLSelectElement>(`select[name="niveau-${id}"]`)?.value ?? '';
        c.send({ type: 'plan.submit', goals: ids.map((id) => ({ id, level: level(id) })), coach, style }, e);
        return null;
      },
      goals,
      coaches,
      choiceGroup('radio', 'stijl', 'Hoe rapporteert u over de voortgang?', vm.styles, [vm.style]),
    ),
  );
}
