/** Form building blocks: radio groups and checkbox groups as real fieldsets, labelled and keyboard-usable. */
import { h, nextId } from '../dom';

export interface Option {
  id: string;
  title: string;
  summary?: string;
  meta?: string;
  disabled?: string | false;
  extra?: Node | null;
}

export function radioGroup(
  name: string,
  legend: string,
  options: readonly Option[],
  checked?: string,
): HTMLFieldSetElement {
  return group('radio', name, legend, options, checked ? [checked] : []);
}

export function checkGroup(name: string, legend: string, options: readonly Option[], checked: readonly string[] = []) {
  return group('checkbox', name, legend, options, checked);
}

function group(
  type: 'radio' | 'checkbox',
  name: string,
  legend: string,
  options: readonly Option[],
  checked: readonly string[],
) {
  return h(
    'fieldset',
    { class: `choicegroup choicegroup--${type}` },
    h('legend', {}, legend),
    options.map((o) => {
      const id = nextId(name);
      const descId = o.summary || o.disabled ? `${id}-uitleg` : undefined;
      return h(
        'div',
        { class: `option${o.disabled ? ' option--uit' : ''}` },
        h('input', {
          type,
          name,
          id,
          value: o.id,
          checked: checked.includes(o.id),
          disabled: !!o.disabled,
          'aria-describedby': descId,
        }),
        h(
          'label',
          { for: id },
          h('span', { class: 'option__title' }, o.title),
          o.meta ? h('span', { class: 'option__meta' }, o.meta) : null,
        ),
        descId
          ? h(
              'div',
              { class: 'option__desc', id: descId },
              o.summary ? h('p', {}, o.summary) : null,
              o.disabled ? h('p', { class: 'option__why' }, `Niet beschikbaar: ${o.disabled}`) : null,
              o.extra ?? null,
            )
          : null,
      );
    }),
  );
}

export function checkedValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/** A form whose submit runs `onSubmit`; a returned string is shown as the error and focused. */
export function form(id: string, onSubmit: (f: HTMLFormElement) => string | null, ...children: (Node | null)[]) {
  const error = h('p', { class: 'form__fout', role: 'alert', id: `${id}__fout`, tabindex: -1, hidden: true });
  const f: HTMLFormElement = h(
    'form',
    {
      id,
      class: 'form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const msg = onSubmit(f);
        if (msg) {
          error.textContent = msg;
          error.hidden = false;
          error.focus();
        }
      },
    },
    ...children,
    error,
  );
  return f;
}
