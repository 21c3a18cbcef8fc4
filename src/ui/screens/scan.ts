/** The scan: spend scan hours on interviews, data and walks; see what has come to light. Then the diagnosis. */
import { html } from 'lit-html';
import type { DiagnosisModel, ScanModel } from '../../view';
import { ambidexterityTable } from './ambidexterity';
import { frame, type ScreenCtx } from './common';
import { checkedValues, choiceGroup, form } from './forms';

export const scanScreen = (c: ScreenCtx, vm: ScanModel) =>
  frame(
    'scan',
    vm,
    html`<p class="meter" id="scan__uren">
        <strong>${vm.hoursLeft} van ${vm.hours} scanuren over</strong>
        <progress max=${vm.hours} .value=${vm.hoursLeft} aria-label="Scanuren over"></progress>
      </p>
      <ul class="cards">
        ${vm.sources.map((s) => {
          const label = s.tooMuch ? 'Te weinig uren' : 'Doen';
          return html`<li class="card${s.done ? ' card--klaar' : ''}">
            <h3 class="card__title">${s.title}</h3>
            <p class="card__meta">${s.meta}</p>
            ${
              s.done
                ? html`<p class="card__status">✓ Gedaan</p>`
                : html`<button
                  type="button"
                  class="btn"
                  ?disabled=${s.tooMuch}
                  aria-label="${label}: ${s.title} (${s.hours} uur)"
                  @click=${(e: Event) => c.send({ type: 'scan.open', source: s.id }, e)}
                >${label}</button>`
            }
          </li>`;
        })}
      </ul>
      <section class="facts" aria-labelledby="scan__feiten">
        <h3 id="scan__feiten">Wat u tot nu toe weet</h3>
        ${
          vm.facts.length
            ? html`<ul>
              ${vm.facts.map((f) => html`<li>${f}</li>`)}
            </ul>`
            : html`<p>Nog niets dat het dashboard niet al vertelde.</p>`
        }
        ${ambidexterityTable(vm.ambi)}
      </section>
      <button
        type="button"
        class="btn btn--primary"
        id="scan__afronden"
        @click=${(e: Event) => c.send({ type: 'scan.finish' }, e)}
      >Scan afronden en diagnose stellen</button>`,
  );

export const diagnosisScreen = (c: ScreenCtx, vm: DiagnosisModel) =>
  frame(
    'diagnose',
    vm,
    form(
      c,
      'diagnose',
      'Diagnose vaststellen',
      (el, e) => {
        const problems = checkedValues(el, 'probleem');
        const theme = checkedValues(el, 'thema')[0];
        if (problems.length < 1 || problems.length > vm.max) return `Kies 1 tot ${vm.max} hoofdproblemen.`;
        if (!theme) return 'Kies een thema voor het traject.';
        c.send({ type: 'diagnosis.submit', problems, theme }, e);
        return null;
      },
      html`<details class="why">
        <summary>Het ambidextrieprofiel uit de scan</summary>
        ${ambidexterityTable(vm.ambi)}
      </details>`,
      choiceGroup(
        'checkbox',
        'probleem',
        `Wat zijn de hoofdproblemen? (kies er hoogstens ${vm.max})`,
        vm.problems,
        [],
        vm.max,
      ),
      choiceGroup('radio', 'thema', 'Welk thema kiest u voor het traject?', vm.themes),
    ),
  );
