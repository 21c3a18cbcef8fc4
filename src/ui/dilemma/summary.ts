/**
 * The closing summary, on screen and on paper: per dilemma the options (the room's own one too)
 * with votes and share, what each set in motion now and later, and the room's notes; printing
 * leaves out the buttons. The same as a CSV download.
 */
import type { ScenarioBundle } from '../../view';
import type { Opened } from '../../view/dilemma-reveal';
import type { DilemmaDef, Session } from '../../view/dilemma-session';
import { type SummaryRow, summarize, summaryCsv } from '../../view/dilemma-summary';
import { button, h, nl } from '../dom';
import { download } from '../download';
import { plural } from './frame';

const cell = (extra = '') => `dilemma-cel${extra}`;

function table(row: SummaryRow, i: number): HTMLElement {
  const head = (text: string, extra = '') => h('th', { scope: 'col', class: cell(` dilemma-cel--kop${extra}`) }, text);
  return h(
    'section',
    { class: 'dilemma-samenvatting', 'aria-labelledby': `samenvatting-${i}` },
    h('h3', { id: `samenvatting-${i}` }, `${i + 1}. ${row.title}`),
    h(
      'table',
      { class: 'dilemma-tabel', 'aria-labelledby': `samenvatting-${i}` },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head('Optie'),
          head('Stemmen', ' dilemma-cel--getal'),
          head('Aandeel', ' dilemma-cel--getal'),
          head('Wat het deed'),
        ),
      ),
      h(
        'tbody',
        {},
        row.options.map((o) => {
          const c = cell(o.top ? ' dilemma-cel--meeste' : '');
          return h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row', class: `${c} dilemma-cel--optie` },
              `${o.letter}. ${o.own ? 'Eigen optie van de zaal: ' : ''}${o.text}`,
              o.top ? ' (meeste stemmen)' : '',
            ),
            h('td', { class: `${c} dilemma-cel--getal` }, nl(o.votes)),
            h('td', { class: `${c} dilemma-cel--getal` }, row.total ? `${o.share}%` : '–'),
            h(
              'td',
              { class: `${cell()} dilemma-cel--gevolgen` },
              o.own
                ? 'Niet doorgerekend.'
                : [...o.now, ...o.later].length
                  ? h(
                      'ul',
                      { class: 'dilemma-cel__lijst' },
                      [...o.now, ...o.later].map((w) => h('li', {}, w)),
                    )
                  : 'Geen direct gevolg in de cijfers.',
            ),
          );
        }),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row', class: cell(' dilemma-cel--totaal') },
            row.total ? 'Totaal' : 'Totaal (niet gestemd)',
          ),
          h('td', { class: cell(' dilemma-cel--totaal dilemma-cel--getal') }, nl(row.total)),
          h('td', { class: cell(' dilemma-cel--totaal dilemma-cel--getal') }, row.total ? '100%' : '–'),
          h('td', { class: cell(' dilemma-cel--totaal') }),
        ),
      ),
    ),
    row.notes.trim()
      ? h(
          'div',
          { class: 'dilemma-samenvatting__notities' },
          h('h4', {}, 'Argumenten van de zaal'),
          h('p', { class: 'dilemma-samenvatting__notitietekst' }, row.notes),
        )
      : null,
  );
}

export function summaryScreen(
  b: ScenarioBundle,
  s: Session,
  upTo: number,
  open: (d: DilemmaDef) => Opened,
  actions: { again: () => void; leave: () => void },
): HTMLElement {
  const rows = summarize(b, s, upTo, open);
  const date = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  return h(
    'section',
    { class: 'dilemma-scherm dilemma-scherm--samenvatting', 'aria-labelledby': 'dilemma__kop' },
    h('h2', { id: 'dilemma__kop', tabindex: -1 }, 'Samenvatting van de sessie'),
    h(
      'p',
      { class: 'dilemma__intro' },
      `${b.scenario.title} · ${plural(rows.length, 'dilemma', "dilemma's")} · ${date}`,
      upTo < s.ids.length ? ` · gestopt na dilemma ${upTo} van ${s.ids.length}` : '',
    ),
    ...rows.map(table),
    h(
      'div',
      { class: 'actions' },
      button('Afdrukken', () => window.print(), { class: 'btn btn--primary', id: 'samenvatting__afdrukken' }),
      button(
        'Download als CSV',
        // A byte-order mark, so Excel reads the accents right.
        () => download('koers-dilemmasessie.csv', `\ufeff${summaryCsv(rows)}`, 'text/csv;charset=utf-8'),
        { class: 'btn', id: 'samenvatting__csv' },
      ),
      button('Nieuwe sessie samenstellen', actions.again, { class: 'btn', id: 'samenvatting__nieuw' }),
      button('Terug naar het titelscherm', actions.leave, { class: 'btn btn--ghost' }),
    ),
  );
}
