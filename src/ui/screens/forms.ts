/** Form building blocks as templates: radio and checkbox groups as real, labelled fieldsets. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import type { Choice } from '../../view';
import { effects, portrait, type ScreenCtx, source } from './common';

/**
 * With `max`, a checkbox group prevents the mistake instead of reporting it: once `max` are
 * ticked, the others cannot be, and a line in the group says why (set as text, announced politely).
 */
function limitTo(max: number) {
  return (e: Event) => {
    const group = e.currentTarget as HTMLFieldSetElement;
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not([data-uit])')];
    const full = boxes.filter((b) => b.checked).length >= max;
    for (const b of boxes) b.disabled = full && !b.checked;
    const note = group.querySelector<HTMLElement>('.choicegroup__max');
    if (note) note.textContent = full ? `U heeft er ${max} gekozen. Haal er een weg om een ander te kiezen.` : '';
  };
}

export function choiceGroup(
  type: 'radio' | 'checkbox',
  name: string,
  legend: string,
  options: readonly Choice[],
  checked: readonly (string | null)[] = [],
  max?: number,
): TemplateResult {
  return html`<fieldset class="choicegroup choicegroup--${type}" @change=${ifDefined(max ? limitTo(max) : undefined)}>
    <legend>${legend}</legend>
    ${max ? html`<p class="choicegroup__max" aria-live="polite"></p>` : nothing}
    ${options.map((o) => {
      const id = `${name}-${o.id}`;
      const extra = o.face || o.effects?.length || o.source;
      const desc = o.summary || o.why || extra ? `${id}-uitleg` : undefined;
      return html`<div class="option${o.why ? ' option--uit' : ''}">
        <input
          type=${type}
          name=${name}
          id=${id}
          value=${o.id}
          ?checked=${checked.includes(o.id)}
          ?disabled=${!!o.why}
          ?data-uit=${!!o.why}
          aria-describedby=${ifDefined(desc)}
        />
        <label for=${id}
          ><span class="option__title">${o.title}</span>${
            o.meta ? html`<span class="option__meta">${o.meta}</span>` : nothing
          }</label
        >
        ${
          desc
            ? html`<div class="option__desc" id=${desc}>
              ${o.summary ? html`<p>${o.summary}</p>` : nothing}
              ${o.why ? html`<p class="option__why">Niet beschikbaar: ${o.why}</p>` : nothing}
              ${
                extra
                  ? html`<div class=${o.face ? 'option__extra' : ''}>
                    ${portrait(o.face, 56)} ${effects(o.effects)} ${source(o.source)}
                  </div>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </div>`;
    })}
  </fieldset>`;
}

export function checkedValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/**
 * A form whose submit button runs `submit` with the form; a returned string is shown as the
 * error and focused. The button's click carries the event, so a stale double-click is refused
 * like any other (see gesture.ts); implicit submission also arrives as a click on that button.
 */
export function form(
  c: ScreenCtx,
  id: string,
  label: string,
  submit: (f: HTMLFormElement, e: Event) => string | null,
  ...body: unknown[]
): TemplateResult {
  const onClick = (e: Event) => {
    e.preventDefault();
    const f = (e.currentTarget as HTMLButtonElement).form;
    if (!f) return;
    const error = submit(f, e);
    c.setLocal({ error });
    // After the re-render has shown it: focus it and bring it into view, above the button.
    if (error)
      requestAnimationFrame(() => {
        const el = f.querySelector<HTMLElement>('.form__fout');
        el?.focus({ preventScroll: true });
        el?.scrollIntoView({ block: 'center' });
      });
  };
  return html`<form id=${id} class="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    ${body}
    <p class="form__fout" role="alert" id="${id}__fout" tabindex="-1" ?hidden=${!c.local.error}>${c.local.error ?? ''}</p>
    <button type="submit" class="btn btn--primary" @click=${onClick}>${label}</button>
  </form>`;
}
