/**
 * The comparison's last two parts: every team's decisions side by side, one folded quarter at a
 * time, and the reflection questions that fit the group, those that fit most teams first.
 */
import type { ScenarioBundle } from '../../view';
import { quarterTitle, rankPrompts, type TeamResult } from '../../view/compare';
import { h } from '../dom';
import { lazyDetails, scroller } from './chart';
import { block, teamTag } from './parts';

export const pathSection = (results: readonly TeamResult[]): HTMLElement => {
  const quarters = [...new Set(results.flatMap((t) => t.sim.decisions.map((d) => d.quarter)))].sort((x, y) => x - y);
  const perTeam = results.map((t) => t.sim.decisions);
  return block(
    'pad',
    'Het pad van elk team, per kwartaal',
    h(
      'p',
      { class: 'hint' },
      'Alle beslissingen naast elkaar. Open een kwartaal om de keuzes van de teams te vergelijken.',
    ),
    quarters.map((q) =>
      lazyDetails('begeleider__kwartaal', quarterTitle(q), () =>
        scroller(
          `Beslissingen per team: ${quarterTitle(q)}`,
          h(
            'table',
            { class: 'indicators begeleider__pad' },
            h('caption', { class: 'sr-only' }, `Beslissingen per team: ${quarterTitle(q)}`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                results.map((t) => h('th', { scope: 'col' }, teamTag(t, results))),
              ),
            ),
            h(
              'tbody',
              {},
              h(
                'tr',
                {},
                perTeam.map((list) => {
                  const here = list.filter((d) => d.quarter === q);
                  return h(
                    'td',
                    {},
                    here.length
                      ? h(
                          'ol',
                          { class: 'begeleider__stappen' },
                          here.map((d) =>
                            h(
                              'li',
                              {},
                              h('span', { class: 'tag' }, d.phase),
                              ` ${d.label}`,
                              d.detail && d.detail.length <= 100
                                ? h('span', { class: 'decision__detail' }, ` — ${d.detail}`)
                                : null,
                            ),
                          ),
                        )
                      : 'geen beslissingen',
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
};

export const promptsSection = (b: ScenarioBundle, results: readonly TeamResult[]): HTMLElement => {
  const ranked = rankPrompts(
    b,
    results.map((t) => ({ name: t.name, sim: t.sim })),
  );
  const item = (r: (typeof ranked)[number]) =>
    h(
      'li',
      {},
      h('p', { class: 'begeleider__vraag' }, r.prompt.text),
      h(
        'p',
        { class: 'hint' },
        `Past bij ${r.teams.length} van ${results.length} ${results.length === 1 ? 'team' : 'teams'}: ${r.teams.join(', ')}`,
      ),
    );
  const top = ranked.slice(0, 8);
  const rest = ranked.slice(8);
  return block(
    'vragen',
    'Reflectievragen voor de groep',
    h(
      'p',
      { class: 'hint' },
      'De vragen die bij de spellen van de teams passen; die bij de meeste teams passen staan bovenaan.',
    ),
    ranked.length
      ? h('ol', { class: 'prompts begeleider__vragen' }, top.map(item))
      : h('p', {}, 'Geen vragen gevonden.'),
    rest.length
      ? h(
          'details',
          { class: 'begeleider__meer' },
          h(
            'summary',
            {},
            `Nog ${rest.length} ${rest.length === 1 ? 'vraag' : 'vragen'} die bij één of enkele teams passen`,
          ),
          h('ol', { class: 'prompts begeleider__vragen', start: 9 }, rest.map(item)),
        )
      : null,
  );
};
