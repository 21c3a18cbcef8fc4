/**
 * Where the teams went different ways, and what followed: one timeline for the group (the view
 * model is src/view/facilitator-timeline.ts). The first splits are open; with many teams the
 * rest folds away, so the page grows with the number of teams and stays readable on a projector.
 */
import { sharedStart, type TeamResult } from '../../view/compare';
import { forks, forkView } from '../../view/facilitator-timeline';
import { h } from '../dom';
import { lazyDetails } from './chart';
import { block } from './parts';

const OPEN = 8;

export function timelineSection(results: readonly TeamResult[]): HTMLElement {
  const title = 'Waar de teams uiteengingen, en wat volgde';
  if (results.length < 2)
    return block('uiteen', title, h('p', {}, 'Lees minstens twee teams in om hun paden te vergelijken.'));
  const shared = sharedStart(results);
  const list = forks(results);
  const item = (f: (typeof list)[number]) => {
    const v = forkView(f, results.length);
    return h(
      'li',
      { class: 'begeleider__splitsing' },
      h('p', { class: 'begeleider__wanneer' }, h('strong', {}, v.when), ` — ${v.who}`),
      h(
        'ul',
        { class: 'begeleider__takken' },
        v.branches.map((b) =>
          h(
            'li',
            {},
            h('p', { class: 'begeleider__keuze' }, b.choice),
            h('p', { class: 'begeleider__wie' }, b.teams.join(', ')),
            h('p', { class: 'hint' }, b.after),
          ),
        ),
      ),
    );
  };
  const rest = list.slice(OPEN);
  return block(
    'uiteen',
    title,
    h(
      'p',
      {},
      shared === 0
        ? 'De teams gingen al bij de eerste beslissing uiteen.'
        : `Alle teams namen de eerste ${shared} ${shared === 1 ? 'beslissing' : 'beslissingen'} gelijk.`,
      list.length
        ? ' Daarna, in volgorde: waar teams die tot dan toe gelijk speelden uiteengingen, welke keuzes ze maakten, en hun waardendriehoek aan het eind.'
        : ' Ze namen dezelfde beslissingen: hun paden gingen nergens uiteen.',
    ),
    list.length ? h('ol', { class: 'begeleider__tijdlijn' }, list.slice(0, OPEN).map(item)) : null,
    rest.length
      ? lazyDetails(
          'begeleider__meer',
          `Nog ${rest.length} latere ${rest.length === 1 ? 'splitsing' : 'splitsingen'}`,
          () => h('ol', { class: 'begeleider__tijdlijn', start: OPEN + 1 }, rest.map(item)),
        )
      : null,
  );
}
