/** Reading in someone's result: a result code (pasted) or an exported game file. */
import { button, h } from '../dom';

export function importScreen(open: (text: string) => Promise<string | null>, back: () => void): HTMLElement {
  const field = h('textarea', { id: 'inlezen__code', rows: 5, class: 'code', 'aria-describedby': 'inlezen__uitleg' });
  const file = h('input', { type: 'file', id: 'inlezen__bestand', accept: '.json,.txt,application/json,text/plain' });
  const error = h('p', { class: 'form__fout', role: 'alert', tabindex: -1, hidden: true });
  const show = (message: string | null) => {
    error.hidden = !message;
    error.textContent = message ?? '';
    if (message) error.focus();
  };
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 600_000) return show('Dit bestand is te groot om een resultaat van Koers te zijn.');
    void f.text().then((t) => open(t).then(show));
  });
  return h(
    'section',
    { class: 'import', 'aria-labelledby': 'inlezen__kop' },
    h('h2', { id: 'inlezen__kop', tabindex: -1 }, 'Resultaat inlezen'),
    h(
      'p',
      { id: 'inlezen__uitleg' },
      'Plak de resultaatcode van een speler of team (die begint met KOERS1-), of kies een geëxporteerd spelbestand. Het model speelt de beslissingen opnieuw en toont de terugblik. Uw eigen opgeslagen spel blijft staan.',
    ),
    h(
      'form',
      {
        class: 'form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void open(field.value).then(show);
        },
      },
      h('label', { for: 'inlezen__code', class: 'code__label' }, 'Resultaatcode'),
      field,
      h('button', { type: 'submit', class: 'btn btn--primary' }, 'Code inlezen'),
      h('label', { for: 'inlezen__bestand', class: 'code__label' }, 'Of een bestand (JSON)'),
      file,
      error,
    ),
    button('Terug naar het titelscherm', back, { class: 'btn' }),
  );
}
