/**
 * The facilitator starts a live session: a team game (every team plays the same session seed and
 * length on its own device) or a dilemma session with a ready-made set (phones vote).
 */
import type { LengthChoice } from '../../view/lengths';
import { button, h } from '../dom';

export type StartChoice = { kind: 'team'; length: string } | { kind: 'dilemma'; setId: string };

function radio(name: string, id: string, value: string, label: string, desc: string, checked = false): HTMLElement {
  return h(
    'div',
    { class: 'option' },
    h('input', { type: 'radio', name, id, value, checked, 'aria-describedby': `${id}-uitleg` }),
    h('label', { for: id }, h('span', { class: 'option__title' }, label)),
    h('div', { class: 'option__desc', id: `${id}-uitleg` }, h('p', {}, desc)),
  );
}

export function hostStart(
  lengths: readonly LengthChoice[],
  sets: readonly { id: string; title: string; summary: string; count: number }[],
  create: (c: StartChoice) => Promise<string | null>,
  back: () => void,
): HTMLElement {
  const error = h('p', { class: 'form__fout', role: 'alert', tabindex: -1, hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary', id: 'live__maak' }, 'Sessie starten');
  const picked = (form: HTMLFormElement, name: string) =>
    (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? '';
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'form',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const kind = picked(form, 'live-soort');
        const choice: StartChoice =
          kind === 'dilemma'
            ? { kind: 'dilemma', setId: picked(form, 'live-set') }
            : { kind: 'team', length: picked(form, 'live-lengte') };
        submit.disabled = true;
        const problem = await create(choice);
        submit.disabled = false;
        if (!problem) return;
        error.textContent = problem;
        error.hidden = false;
        error.focus();
      },
    },
    h(
      'fieldset',
      { class: 'choicegroup' },
      h('legend', {}, 'Wat voor sessie?'),
      radio(
        'live-soort',
        'live__soort-team',
        'team',
        'Teamspel',
        'Elk team speelt op een eigen laptop of tablet, allemaal in dezelfde wereld. U ziet elk team live en krijgt de resultaten vanzelf binnen.',
        true,
      ),
      radio(
        'live-soort',
        'live__soort-dilemma',
        'dilemma',
        'Dilemmasessie',
        'De zaal stemt op de telefoon over een reeks dilemma’s; de uitslag verschijnt pas als u hem toont.',
      ),
    ),
    h(
      'fieldset',
      { class: 'choicegroup' },
      h('legend', {}, 'Teamspel: hoe lang?'),
      lengths.map((l, i) =>
        radio('live-lengte', `live__lengte-${l.id}`, l.id, l.label, l.blurb, i === lengths.length - 1),
      ),
    ),
    h(
      'fieldset',
      { class: 'choicegroup' },
      h('legend', {}, 'Dilemmasessie: welke reeks?'),
      sets.map((s, i) =>
        radio('live-set', `live__set-${s.id}`, s.id, `${s.title} (${s.count} dilemma’s)`, s.summary, i === 0),
      ),
    ),
    error,
    submit,
  );
  return h(
    'section',
    { class: 'setup', 'aria-labelledby': 'live__start-kop' },
    h('h2', { id: 'live__start-kop', tabindex: -1 }, 'Live sessie starten'),
    h(
      'p',
      { class: 'hint' },
      'Deelnemers doen mee met een code of QR-code op het grote scherm; zonder account, alleen met een teamnaam of voornaam.',
    ),
    form,
    button('Terug naar het titelscherm', back, { class: 'btn' }),
  );
}
