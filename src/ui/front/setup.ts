/** Setting up a game: its length, alone or as a team, with an optional session code from the facilitator. */
import type { LengthChoice } from '../../view/lengths';
import { button, h } from '../dom';

/** A six-digit session code; it is the game's seed, so the same code means the same world. */
export function randomSessionCode(): number {
  return 100000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 900000);
}

/** How a session code is written: six digits, so "012345" stays "012345" (the seed is the number). */
export { sessionCodeText } from '../../view/format';

/** What the player typed or pasted, without the spaces a copied code often carries. */
const cleanCode = (text: string) => text.replace(/\s+/g, '');

export type SetupChoice = { seed?: number; team: boolean; length: string; name?: string };

/** One radio per length the scenario offers, the full one first and chosen, each with its plain line. */
function lengthChoice(lengths: readonly LengthChoice[]): HTMLElement {
  return h(
    'fieldset',
    { class: 'choicegroup' },
    h('legend', {}, 'Hoe lang speelt u?'),
    ...lengths.map((l, i) =>
      h(
        'div',
        { class: 'option' },
        h('input', {
          type: 'radio',
          name: 'lengte',
          id: `opzet__lengte-${l.id}`,
          value: l.id,
          checked: i === 0,
          'aria-describedby': `opzet__lengte-${l.id}-uitleg`,
        }),
        h('label', { for: `opzet__lengte-${l.id}` }, h('span', { class: 'option__title' }, l.label)),
        h('div', { class: 'option__desc', id: `opzet__lengte-${l.id}-uitleg` }, h('p', {}, l.blurb)),
      ),
    ),
  );
}

export function setupScreen(
  lengths: readonly LengthChoice[],
  start: (opts: SetupChoice) => void,
  back: () => void,
): HTMLElement {
  const error = h('p', { class: 'form__fout', role: 'alert', tabindex: -1, hidden: true });
  const code = h('input', {
    type: 'text',
    id: 'opzet__code',
    inputmode: 'numeric',
    autocomplete: 'off',
    // No maxlength: it would cut a pasted " 482913 " to " 48291" before it could be cleaned.
    'aria-describedby': 'opzet__code-uitleg',
    oninput: (e: Event) => {
      const field = e.target as HTMLInputElement;
      const clean = cleanCode(field.value);
      if (clean !== field.value) field.value = clean;
    },
  });
  // The name goes into the result code (cleaned there), so the facilitator knows whose code is whose.
  const name = h('input', {
    type: 'text',
    id: 'opzet__naam',
    maxlength: 40,
    autocomplete: 'off',
    'aria-describedby': 'opzet__naam-uitleg',
  });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const team = (form.querySelector('input[name="modus"]:checked') as HTMLInputElement | null)?.value === 'team';
        const length =
          (form.querySelector('input[name="lengte"]:checked') as HTMLInputElement | null)?.value ??
          lengths[0]?.id ??
          '';
        const text = cleanCode(code.value);
        if (text && !/^\d{6}$/.test(text)) {
          error.textContent = 'Een sessiecode bestaat uit zes cijfers, bijvoorbeeld 482913.';
          error.hidden = false;
          error.focus();
          return;
        }
        const chosen = { team, length, ...(name.value.trim() ? { name: name.value } : {}) };
        start(text ? { seed: Number(text), ...chosen } : chosen);
      },
    },
    lengthChoice(lengths),
    h(
      'fieldset',
      { class: 'choicegroup' },
      h('legend', {}, 'Hoe speelt u?'),
      h(
        'div',
        { class: 'option' },
        h('input', { type: 'radio', name: 'modus', id: 'opzet__alleen', value: 'alleen', checked: true }),
        h('label', { for: 'opzet__alleen' }, h('span', { class: 'option__title' }, 'Alleen')),
      ),
      h(
        'div',
        { class: 'option' },
        h('input', {
          type: 'radio',
          name: 'modus',
          id: 'opzet__team',
          value: 'team',
          'aria-describedby': 'opzet__team-uitleg',
        }),
        h(
          'label',
          { for: 'opzet__team' },
          h('span', { class: 'option__title' }, 'Als team rond één scherm (2–6 personen)'),
        ),
        h(
          'div',
          { class: 'option__desc', id: 'opzet__team-uitleg' },
          h(
            'p',
            {},
            'Voor elke beslissing: een overlegtimer die u zelf start en pauzeert, een of twee vragen om te bespreken, en bij keuzes een stemming. Stemmen en verschil van mening komen in de terugblik.',
          ),
        ),
      ),
    ),
    h('label', { for: 'opzet__code', class: 'code__label' }, 'Sessiecode (optioneel)'),
    h(
      'p',
      { id: 'opzet__code-uitleg', class: 'hint' },
      'Krijgt u een code van uw begeleider? Teams met dezelfde code spelen in dezelfde wereld, zodat verschillen alleen uit hun keuzes komen. Zonder code kiest het spel er zelf een.',
    ),
    code,
    error,
    h('label', { for: 'opzet__naam', class: 'code__label' }, 'Teamnaam (optioneel)'),
    h(
      'p',
      { id: 'opzet__naam-uitleg', class: 'hint' },
      'Speelt u in een workshop? Geef uw team een naam. Die staat bovenin beeld en in de resultaatcode, zodat de begeleider weet van wie de code is.',
    ),
    name,
    h('button', { type: 'submit', class: 'btn btn--primary', id: 'opzet__start' }, 'Start het spel'),
  );
  return h(
    'section',
    { class: 'setup', 'aria-labelledby': 'opzet__kop' },
    h('h2', { id: 'opzet__kop', tabindex: -1 }, 'Spel instellen'),
    form,
    button('Terug naar het titelscherm', back, { class: 'btn' }),
  );
}
