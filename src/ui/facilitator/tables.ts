/**
 * The comparison's two tables: the value triad per team (start, end, a year later) and each team's
 * own goals with the inspection's visits.
 */
import { type TeamResult, TRIAD_KEYS, TRIAD_LABELS } from '../../view/compare';
import { h, signed } from '../dom';
import { scroller } from './chart';
import { block, teamTag } from './parts';

export const triadSection = (results: TeamResult[]): HTMLElement =>
  block(
    'waarde',
    'Waardendriehoek',
    h(
      'p',
      { class: 'hint' },
      'Waarde voor cliënten, medewerkers en organisatie op een schaal van 0 tot 100: bij de start, aan het eind van het traject en een jaar later (wat niet geborgd was, zakt terug).',
    ),
    scroller(
      'Waardendriehoek per team',
      h(
        'table',
        { class: 'indicators begeleider__driehoek', id: 'begeleider__driehoek' },
        h('caption', {}, 'Waardendriehoek per team (0–100)'),
        h('colgroup', {}, h('col', {})),
        TRIAD_KEYS.map(() => h('colgroup', { span: 3 })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', { class: 'leeg' }),
            TRIAD_KEYS.map((k) => h('th', { scope: 'colgroup', colspan: 3, class: 'groep' }, TRIAD_LABELS[k])),
          ),
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Team'),
            TRIAD_KEYS.flatMap(() =>
              ['Start', 'Einde', 'Jaar later'].map((t) => h('th', { scope: 'col', class: 'getal' }, t)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          results.map((t) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, teamTag(t, results)),
              TRIAD_KEYS.flatMap((k) => {
                const delta = t.triad.end[k] - t.triad.start[k];
                return [
                  h('td', { class: 'getal groep-start' }, String(t.triad.start[k])),
                  h(
                    'td',
                    { class: 'getal' },
                    h('strong', {}, String(t.triad.end[k])),
                    h(
                      'span',
                      {
                        class: `begeleider__delta ${delta > 0 ? 'trend--goed' : delta < 0 ? 'trend--slecht' : 'trend--gelijk'}`,
                      },
                      ` ${signed(delta)}`,
                    ),
                  ),
                  h('td', { class: 'getal' }, t.triad.later ? String(t.triad.later[k]) : '—'),
                ];
              }),
            ),
          ),
        ),
      ),
    ),
  );

export const goalsSection = (results: TeamResult[]): HTMLElement =>
  block(
    'doelen',
    'Eigen doelen en inspectie',
    scroller(
      'Eigen doelen en inspectie per team',
      h(
        'table',
        { class: 'indicators begeleider__doelen' },
        h('caption', {}, 'Eigen doelen en de uitkomst van de inspectiebezoeken'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Team', 'Eigen doelen', 'Behaald', 'Inspectiebezoeken', 'Zwaarste uitkomst'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          results.map((t) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, teamTag(t, results)),
              h(
                'td',
                {},
                t.goals.length
                  ? h(
                      'ul',
                      { class: 'begeleider__lijst' },
                      t.goals.map((g) =>
                        h(
                          'li',
                          {},
                          `${g.title} (${g.level}): `,
                          h('span', { class: `result--${g.result.replace(/ /g, '-')}` }, g.result),
                        ),
                      ),
                    )
                  : 'geen doelen gesteld',
              ),
              h('td', { class: 'getal' }, `${t.reached} van ${t.goals.length}`),
              h(
                'td',
                {},
                t.inspections.length
                  ? h(
                      'ul',
                      { class: 'begeleider__lijst' },
                      t.inspections.map((r) => h('li', {}, `${r.title} (K${r.quarter}): ${r.label}`)),
                    )
                  : 'De inspectie kwam niet langs.',
              ),
              h('td', {}, t.worst ? `${t.worst.label} (niveau ${t.worst.level})` : 'geen bezoek'),
            ),
          ),
        ),
      ),
    ),
  );
