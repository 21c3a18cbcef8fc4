/**
 * The quarterly report: every indicator with its value, its course so far, its change this
 * quarter and why (the causes come from the model's ledger), and what the people the player
 * follows experienced this quarter.
 */
import { html, nothing } from 'lit-html';
import type { IndicatorRow, PersonStory, ReportModel } from '../../view';
import { frame, portrait, type ScreenCtx, scrolling, sparkline } from './common';

const row = (r: IndicatorRow) =>
  html`<tr>
    <th scope="row">${r.label}</th>
    <td>${r.value}${r.masked ? html`<span class="hint"> (volgens het dashboard)</span>` : nothing}</td>
    <td class="course">${sparkline(r.course)}<span class="sr-only">${r.courseText}</span></td>
    <td class="trend trend--${r.trend.tone}"><span aria-hidden="true">${r.trend.symbol} </span>${r.trend.text}</td>
    <td class="reason">
      ${r.top}
      ${
        r.causes.length
          ? html`<details class="why">
            <summary>Waarom? (${r.label})</summary>
            <ul>
              ${r.causes.map((x) => html`<li>${x}</li>`)}
            </ul>
          </details>`
          : nothing
      }
    </td>
  </tr>`;

export const indicatorTables = (groups: ReportModel['groups']) =>
  html`<div class="tables">
    ${groups.map((g) =>
      scrolling(
        g.label,
        html`<table class="indicators">
          <caption>${g.label}</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th><th scope="col">Waarde</th><th scope="col">Verloop</th
              ><th scope="col">Dit kwartaal</th><th scope="col">Belangrijkste oorzaak</th>
            </tr>
          </thead>
          <tbody>
            ${g.rows.map(row)}
          </tbody>
        </table>`,
      ),
    )}
  </div>`;

export const peopleSection = (people: readonly PersonStory[], quarter: number, heading: string) =>
  people.length
    ? html`<section class="people" aria-labelledby="mensen-${quarter}">
        <h3 id="mensen-${quarter}">${heading}</h3>
        <ul class="cards cards--mensen">
          ${people.map(
            (p) => html`<li class="card card--mens">
              <div class="card__row">
                ${portrait(p.face, 56)}
                <div>
                  <h4 class="card__title">${p.name}</h4>
                  <p class="card__meta">${p.meta}</p>
                </div>
              </div>
              <p>${p.text}</p>
            </li>`,
          )}
        </ul>
      </section>`
    : nothing;

export const reportScreen = (c: ScreenCtx, vm: ReportModel) =>
  frame(
    'rapportage',
    vm,
    peopleSection(vm.people, vm.quarter, 'Wat de mensen dit kwartaal meemaakten'),
    html`<h3>De cijfers</h3>
      ${indicatorTables(vm.groups)}
      <button
        type="button"
        class="btn btn--primary"
        id="rapportage__verder"
        @click=${(e: Event) => c.send({ type: 'report.continue' }, e)}
      >${vm.next}</button>`,
  );
