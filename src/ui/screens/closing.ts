/** The end of the trajectory: interim review, borging, the final evaluation. */
import { html } from 'lit-html';
import type { BorgingModel, FinalModel, GoalRow, InterimModel, TriadValues } from '../../view';
import { effects, frame, type ScreenCtx, scrolling } from './common';
import { checkedValues, choiceGroup, form } from './forms';

const ICON: Record<string, string> = { behaald: '✓', 'deels behaald': '◐' };

export const goalsTable = (rows: readonly GoalRow[]) =>
  scrolling(
    'Eigen doelen',
    html`<table class="indicators goals">
      <caption>Eigen doelen</caption>
      <thead>
        <tr>
          ${['Doel', 'Ambitie', 'Start', 'Doelwaarde', 'Nu', 'Stand'].map((t) => html`<th scope="col">${t}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (g) => html`<tr>
            <th scope="row">${g.title}</th>
            <td>${g.level}</td>
            <td>${g.start}</td>
            <td>${g.target}</td>
            <td>${g.end}</td>
            <td class="result result--${g.result.replace(' ', '-')}">
              <span aria-hidden="true">${ICON[g.result] ?? '✗'} </span>${g.result}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );

export const interimScreen = (c: ScreenCtx, vm: InterimModel) =>
  frame(
    'tussenevaluatie',
    vm,
    form(
      c,
      'tussenevaluatie',
      'Door naar actieperiode 2',
      (el, e) => {
        c.send({ type: 'interim.submit', lower: checkedValues(el, 'bijstellen') }, e);
        return null;
      },
      goalsTable(vm.goals),
      choiceGroup(
        'checkbox',
        'bijstellen',
        'Stelt u uw doelen bij? Een lagere ambitie is eerlijker, maar kost vertrouwen.',
        vm.lower,
      ),
      effects(vm.effects),
    ),
  );

export const borgingScreen = (c: ScreenCtx, vm: BorgingModel) =>
  frame(
    'borging',
    vm,
    form(
      c,
      'borging',
      'Borging vastleggen',
      (el, e) => {
        const measures = checkedValues(el, 'borging');
        if (measures.length > vm.max) return `Kies hoogstens ${vm.max} maatregelen.`;
        c.send({ type: 'borging.submit', measures }, e);
        return null;
      },
      choiceGroup('checkbox', 'borging', `Hoe borgt u wat bereikt is? (hoogstens ${vm.max})`, vm.measures),
    ),
  );

export const triadList = (t: TriadValues) => {
  const row = (label: string, v: number) =>
    html`<li>
<span class="triad__label">${label}</span
      ><meter min="0" max="100" low="40" high="65" optimum="100" value=${v} aria-hidden="true"></meter> ${v} van 100
    </li>`;
  return html`<ul class="triad" aria-label="Waardendriehoek">
    ${row('Cliëntwaarde', t.client)} ${row('Medewerkerswaarde', t.medewerker)}
    ${row('Organisatiewaarde', t.organisatie)}
  </ul>`;
};

export const finalScreen = (c: ScreenCtx, vm: FinalModel) =>
  frame(
    'eindevaluatie',
    vm,
    goalsTable(vm.goals),
    html`<h3>Waardendriehoek</h3>
      ${triadList(vm.triad)}
      <h3>Inspectie</h3>
      ${
        vm.inspections.length
          ? html`<ul>
            ${vm.inspections.map((i) => html`<li>${i}</li>`)}
          </ul>`
          : html`<p>Geen inspectiebezoeken.</p>`
      }
      <button type="button" class="btn btn--primary" @click=${(e: Event) => c.send({ type: 'final.continue' }, e)}>Een jaar later…</button>`,
  );
