/**
 * The reveal: per option the room's votes and what the option set in motion in the model, in
 * plain words, what happens at once apart from what comes later, in one neutral colour for every
 * option (no option is the right one); then the real cases and how the sector chose, with the
 * sources behind a toggle. `revealSection` draws the reveal for any tally, so a live session can
 * show it for the votes it collected.
 */
import type { RevealModel, RevealOption } from '../../view/dilemma-reveal';
import { revealModel } from '../../view/dilemma-reveal';
import { ownFor, tallyFor } from '../../view/dilemma-session';
import { sourceNote } from '../content-dom';
import { button, h } from '../dom';
import { type Ctx, plural, stepFrame } from './frame';
import { notesField } from './vote';

const words = (title: string, list: readonly string[], cls: string) =>
  list.length
    ? [
        h('h4', { class: 'dilemma-uitkomst__kop' }, title),
        h(
          'ul',
          { class: `dilemma-gevolgen ${cls}` },
          list.map((w) => h('li', { class: 'dilemma-gevolg' }, w)),
        ),
      ]
    : [];

function optionCard(o: RevealOption, total: number): HTMLElement {
  return h(
    'li',
    { class: o.own ? 'dilemma-uitkomst dilemma-uitkomst--eigen' : 'dilemma-uitkomst' },
    h(
      'h3',
      { class: 'dilemma-uitkomst__optie' },
      h('span', { class: 'dilemma-optie__letter' }, o.letter),
      h('span', {}, o.own ? `Eigen optie van de zaal: ${o.text}` : o.text),
    ),
    h(
      'p',
      { class: 'dilemma-uitkomst__stemmen' },
      total ? `${plural(o.votes, 'stem', 'stemmen')} · ${o.share}%${o.top ? ' · meeste stemmen' : ''}` : 'Niet gestemd',
    ),
    total
      ? h(
          'div',
          { class: 'dilemma-balk', 'aria-hidden': 'true' },
          h('span', { class: 'dilemma-balk__vulling', style: `width: ${o.share}%` }),
        )
      : null,
    ...(o.own
      ? [h('p', { class: 'dilemma-gevolg--geen' }, 'Het model rekent deze optie niet door: wat zou ze doen?')]
      : o.now.length || o.later.length
        ? [...words('Direct', o.now, 'dilemma-gevolgen--nu'), ...words('Later', o.later, 'dilemma-gevolgen--later')]
        : [h('p', { class: 'dilemma-gevolg--geen' }, 'Geen direct gevolg in de cijfers.')]),
  );
}

/** The reveal of one dilemma for a tally: the options, the cases and the sector, sources on request. */
export function revealSection(m: RevealModel): HTMLElement {
  const sources = [...m.cases.map((c) => c.source), m.source];
  return h(
    'div',
    { class: 'dilemma-onthulling' },
    h(
      'p',
      { class: 'hint dilemma-onthulling__uitleg' },
      'Gerekend vanuit de beginsituatie van het spel. Geen optie is de goede: elke keuze zet iets anders in gang, nu of later. In het spel hangt een deel van de gevolgen ook af van eerdere keuzes.',
    ),
    h(
      'ol',
      { class: 'dilemma-uitkomsten' },
      m.options.map((o) => optionCard(o, m.total)),
    ),
    h(
      'div',
      { class: 'dilemma-bewijs' },
      m.cases.length
        ? h(
            'section',
            { class: 'dilemma-bewijs__gevallen', 'aria-labelledby': 'gevallen__kop' },
            h('h3', { id: 'gevallen__kop' }, 'Echte gevallen'),
            h(
              'ul',
              { class: 'dilemma-gevallen' },
              m.cases.map((e) =>
                h(
                  'li',
                  { class: 'dilemma-geval' },
                  h('h4', { class: 'dilemma-geval__naam' }, e.name),
                  h('p', {}, e.text),
                ),
              ),
            ),
          )
        : null,
      h(
        'section',
        { class: 'dilemma-bewijs__sector', 'aria-labelledby': 'sector__kop' },
        h('h3', { id: 'sector__kop' }, 'Hoe de sector koos'),
        h('p', {}, m.sector ?? 'De bronnen zeggen niet hoe organisaties hier kozen.'),
      ),
    ),
    h(
      'details',
      { class: 'dilemma-bronnen', id: 'dilemma__bronnen' },
      h('summary', {}, 'Bronnen'),
      h(
        'ul',
        { class: 'dilemma-bronnen__lijst' },
        [...new Set(sources)].map((s) => h('li', {}, sourceNote(s))),
      ),
    ),
  );
}

export function revealScreen(c: Ctx, index: number): HTMLElement {
  const d = c.def(c.session.ids[index] ?? '');
  const o = c.open(d.id);
  const m = revealModel(c.bundle, d, tallyFor(c.session, index, o.options.length), ownFor(c.session, index).text, o);
  const last = index === c.session.ids.length - 1;
  return stepFrame(
    c,
    index,
    'onthulling',
    `${d.title}: wat elke optie deed`,
    revealSection(m),
    notesField(c, index),
    h(
      'div',
      { class: 'actions' },
      button(
        last ? 'Naar de samenvatting' : 'Volgend dilemma',
        () =>
          c.go(
            last
              ? { kind: 'samenvatting', upTo: c.session.ids.length }
              : { kind: 'dilemma', index: index + 1, step: 'situatie' },
          ),
        { class: 'btn btn--primary btn--groot', id: 'dilemma__volgende' },
      ),
      button('Terug naar de stemmen', () => c.go({ kind: 'dilemma', index, step: 'stemmen' }), { class: 'btn' }),
    ),
  );
}
