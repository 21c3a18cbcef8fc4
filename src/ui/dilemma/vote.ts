/**
 * The options and the room's votes: a count per option, the room's own option with its count,
 * the room's notes, and the discussion timer beside them. Every keystroke is kept in the
 * session (and so survives a reload); a count that is not a whole number is refused in words.
 */
import { letter } from '../../view/dilemma-reveal';
import {
  MAX_NOTES,
  MAX_OWN,
  ownFor,
  parseVotes,
  recordNotes,
  recordOwn,
  recordVotes,
  tallyFor,
  type VoteInput,
  votesFor,
} from '../../view/dilemma-session';
import { button, h } from '../dom';
import { type Ctx, plural, stepFrame } from './frame';
import { timerBox } from './timer-box';

/** A vote box that reports a good count, or shows what is wrong with it. */
function voteBox(id: string, name: string, value: number, label: string, onCount: (n: number) => void) {
  const err = h('p', { class: 'form__fout dilemma-optie__fout', id: `${id}-fout`, hidden: true });
  const input = h('input', {
    type: 'number',
    id,
    name: id,
    class: 'dilemma-optie__stemmen',
    min: 0,
    max: 9999,
    step: 1,
    inputmode: 'numeric',
    value: value > 0 ? value : '',
    'aria-describedby': 'stemmen__uitleg',
  });
  let bad = false;
  input.addEventListener('input', () => {
    const parsed: VoteInput = input.validity.badInput
      ? { ok: false, message: 'Vul een heel getal in, 0 of meer.' }
      : parseVotes(input.value);
    bad = !parsed.ok;
    err.hidden = parsed.ok;
    err.textContent = parsed.ok ? '' : `${name}: ${parsed.message}`;
    if (parsed.ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', parsed.ok ? 'stemmen__uitleg' : `stemmen__uitleg ${id}-fout`);
    if (parsed.ok) onCount(parsed.value);
  });
  const field = h(
    'span',
    { class: 'dilemma-optie__invoer' },
    input,
    h('span', { class: 'dilemma-optie__eenheid', 'aria-hidden': 'true' }, 'stemmen'),
  );
  return { input, field, err, isBad: () => bad, label };
}

/** The room's arguments for one dilemma: one field, on the vote step and on the reveal. */
export function notesField(c: Ctx, index: number): HTMLElement {
  const area = h('textarea', {
    id: 'notities',
    class: 'dilemma-notities__veld',
    rows: 4,
    maxlength: MAX_NOTES,
    'aria-describedby': 'notities__uitleg',
  });
  area.value = c.session.notes[index] ?? '';
  area.addEventListener('input', () => c.update(recordNotes(c.session, index, area.value)));
  return h(
    'section',
    { class: 'dilemma-notities', 'aria-labelledby': 'notities__kop' },
    h('h3', { id: 'notities__kop' }, h('label', { for: 'notities' }, 'Argumenten van de zaal')),
    h(
      'p',
      { class: 'hint', id: 'notities__uitleg' },
      'Wat pleit voor en tegen? Wat de zaal hier noteert, staat in de samenvatting en de CSV.',
    ),
    area,
  );
}

export function voteScreen(c: Ctx, index: number): HTMLElement {
  const d = c.def(c.session.ids[index] ?? '');
  const o = c.open(d.id);
  const total = h('p', { class: 'dilemma-opties__totaal', id: 'stemmen__totaal' });
  const showTotal = () => {
    const n = tallyFor(c.session, index, o.options.length).reduce((a, b) => a + b, 0);
    total.textContent = `Totaal: ${plural(n, 'stem', 'stemmen')}`;
  };
  const votes = votesFor(c.session, index, o.options.length);
  const boxes = o.options.map((opt, i) =>
    voteBox(`stem-${i}`, `Optie ${letter(i)}`, votes[i] ?? 0, opt.text, (n) => {
      c.update(recordVotes(c.session, index, i, n));
      showTotal();
    }),
  );
  const own = ownFor(c.session, index);
  const ownBox = voteBox('stem-eigen', 'Eigen optie', own.votes, '', (n) => {
    c.update(recordOwn(c.session, index, { votes: n }));
    showTotal();
  });
  const ownText = h('input', {
    type: 'text',
    id: 'eigen-optie',
    class: 'dilemma-eigen__tekst',
    maxlength: MAX_OWN,
    autocomplete: 'off',
    'aria-describedby': 'eigen-optie__uitleg',
  });
  ownText.value = own.text;
  ownText.addEventListener('input', () => {
    c.update(recordOwn(c.session, index, { text: ownText.value }));
    showTotal();
  });
  showTotal();
  const form: HTMLFormElement = h(
    'form',
    {
      id: 'stemmen',
      class: 'dilemma-opties',
      novalidate: true,
      'aria-labelledby': 'dilemma__kop',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const bad = [...boxes, ownBox].find((b) => b.isBad());
        if (bad) return bad.input.focus();
        c.go({ kind: 'dilemma', index, step: 'onthulling' });
      },
    },
    h('p', { class: 'hint', id: 'stemmen__uitleg' }, 'Aantal stemmen per optie. Leeg telt als 0; stemmen hoeft niet.'),
    h(
      'ol',
      { class: 'dilemma-opties__lijst' },
      boxes.map((b, i) =>
        h(
          'li',
          { class: 'dilemma-optie' },
          h(
            'label',
            { for: b.input.id, class: 'dilemma-optie__tekst' },
            h('span', { class: 'dilemma-optie__letter' }, letter(i)),
            h('span', {}, b.label),
          ),
          b.field,
          b.err,
        ),
      ),
    ),
    h(
      'div',
      { class: 'dilemma-optie dilemma-eigen' },
      h('label', { for: 'eigen-optie', class: 'dilemma-eigen__label' }, 'Eigen optie van de zaal'),
      h(
        'p',
        { class: 'hint dilemma-eigen__uitleg', id: 'eigen-optie__uitleg' },
        'Bedenkt de zaal een andere weg? Schrijf hem op en tel de stemmen erbij. Het model rekent hem niet door.',
      ),
      ownText,
      h('label', { for: 'stem-eigen', class: 'sr-only' }, 'Stemmen voor de eigen optie'),
      ownBox.field,
      ownBox.err,
    ),
    total,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'btn btn--primary btn--groot', id: 'dilemma__onthul' },
        'Onthul wat elke optie deed',
      ),
      button('Terug naar de situatie', () => c.go({ kind: 'dilemma', index, step: 'situatie' }), { class: 'btn' }),
    ),
  );
  return stepFrame(
    c,
    index,
    'stemmen',
    `${d.title}: wat kiest u?`,
    h('p', { class: 'dilemma-situatie__kort' }, d.situation),
    h(
      'div',
      { class: 'dilemma-stemmen' },
      form,
      h('div', { class: 'dilemma-zijkant' }, timerBox(c, index), notesField(c, index)),
    ),
  );
}
