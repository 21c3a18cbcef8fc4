/** The quarter's own screens: agenda, budget, the inspector's verdict. */
import { html, nothing } from 'lit-html';
import type { AgendaModel, BudgetModel, VerdictModel } from '../../view';
import { effects, frame, portrait, type ScreenCtx, source } from './common';
import { checkedValues, form } from './forms';

export const agendaScreen = (c: ScreenCtx, vm: AgendaModel) =>
  frame(
    'agenda',
    vm,
    // A full agenda shows only the way on: a list of cards that cannot be chosen is noise.
    html`${
      vm.slots < 1
        ? nothing
        : html`<ul class="cards">
            ${vm.items.map(
              (i) => html`<li class="card card--agenda">
                ${portrait(i.face, 56)}
                <h3 class="card__title">${i.title}</h3>
                <p class="card__meta">${i.meta}</p>
                <button
                  type="button"
                  class="btn"
                  id=${i.control}
                  aria-label="Inplannen: ${i.title}"
                  @click=${(e: Event) => c.send({ type: 'agenda.open', item: i.id }, e)}
                >Inplannen</button>
              </li>`,
            )}
          </ul>
          ${vm.items.length ? '' : html`<p>Er staat nu niets open.</p>`}`
    }
      <button
        type="button"
        class="btn btn--primary"
        id="agenda__verder"
        @click=${(e: Event) => c.send({ type: 'agenda.finish' }, e)}
      >Naar de begroting</button>`,
  );

/**
 * The quarter's hand: a few cards that say what they are meant to do and whom they touch; effects
 * and sources sit behind "Details". The money left and what is under way stay in view while
 * choosing, and a card that no longer fits (a clash, no money left) is disabled with the reason.
 */
export function budgetScreen(c: ScreenCtx, vm: BudgetModel) {
  const basket = c.local.basket;
  const check = vm.check(basket);
  return frame(
    'begroting',
    vm,
    html`<div
      @change=${(e: Event) => {
        const f = (e.target as HTMLInputElement).form;
        if (f) c.setLocal({ basket: checkedValues(f, 'maatregel') });
      }}
    >
      ${form(
        c,
        'begroting',
        'Begroting vaststellen',
        (el, e) => {
          const buy = checkedValues(el, 'maatregel');
          const problem = vm.check(buy).problem;
          if (problem) return problem;
          c.send({ type: 'budget.submit', buy }, e);
          return null;
        },
        html`<div class="budgetbar" id="begroting__stand">
            <p class="budgetbar__money" aria-live="polite">
              <strong id="begroting__totaal">${check.total}</strong> · <span id="begroting__over">${check.left}</span>
            </p>
            ${
              vm.underway.length
                ? html`<p class="budgetbar__underway" id="begroting__loopt">
                  <span class="budgetbar__label">Loopt al:</span> ${vm.underway.map((u) => u.title).join(' · ')}
                </p>`
                : nothing
            }
          </div>
          <ul class="cards cards--hand" aria-label="Voorstellen op tafel">
            ${vm.items.map((iv) => {
              const id = `maatregel-${iv.id}`;
              const why = check.blocked[iv.id];
              return html`<li class="card card--maatregel${why ? ' card--uit' : ''}">
                <div class="card__row">
                  <input
                    type="checkbox"
                    name="maatregel"
                    value=${iv.id}
                    id=${id}
                    .checked=${basket.includes(iv.id)}
                    ?disabled=${!!why}
                    aria-describedby="${id}-uitleg"
                  />
                  <label for=${id} class="card__title">${iv.title}</label>
                  <span class="card__cost">${iv.meta}</span>
                </div>
                <div id="${id}-uitleg" class="card__body">
                  <p>${iv.summary}</p>
                  <p class="card__touches"><span class="budgetbar__label">Raakt:</span> ${iv.touches}</p>
                  ${why ? html`<p class="option__why">Kan nu niet: ${why}</p>` : nothing}
                </div>
                <details class="why card__details">
                  <summary>Details<span class="sr-only">: ${iv.title}</span> (effecten, vertraging, bron)</summary>
                  ${effects(iv.effects)} ${source(iv.source)}
                </details>
              </li>`;
            })}
          </ul>`,
      )}
    </div>`,
  );
}

export const verdictScreen = (c: ScreenCtx, vm: VerdictModel) =>
  frame(
    'oordeel',
    vm,
    portrait(vm.inspector, 72),
    html`<ol class="ladder" aria-label="De handhavingsladder, van licht naar zwaar">
        ${vm.ladder.map((l) =>
          l.current
            ? html`<li class="ladder__step ladder__step--nu" aria-current="step">
                <strong>▶ ${l.label} (uw uitkomst)</strong>
              </li>`
            : html`<li class="ladder__step">${l.label}</li>`,
        )}
      </ol>
      <p>${vm.consequence}</p>
      <h3>Waarom</h3>
      <ul class="reasons">
        ${vm.reasons.map((r) => html`<li>${r}</li>`)}
      </ul>
      ${source(vm.source)}
      <button type="button" class="btn btn--primary" @click=${(e: Event) => c.send({ type: 'verdict.continue' }, e)}>Verder naar de kwartaalrapportage</button>`,
  );
