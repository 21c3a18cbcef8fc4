/**
 * The list of read-in teams: each with its line, a name the facilitator can change, its session
 * code, where it came from and whether its game was finished; a warning when the teams did not
 * all play the same world; and the report's actions (print, CSV, start a new comparison).
 */
import { seedGroups, type TeamResult } from '../../view/compare';
import { button, h } from '../dom';
import { scroller, swatch, teamStyle } from './chart';

export interface Team {
  id: string;
  key: string;
  source: string;
  result: TeamResult;
}

export interface TeamsActions {
  rename(t: Team, name: string): void;
  remove(t: Team): void;
  print(): void;
  csv(): void;
  clear(): void;
}

const columns = ['Lijn', 'Naam', 'Sessiecode', 'Ingelezen uit', 'Spel', ''];

function row(t: Team, i: number, act: TeamsActions): HTMLElement {
  const id = `${t.id}-naam`;
  const input = h('input', {
    type: 'text',
    id,
    class: 'begeleider__naam',
    value: t.result.name,
    maxlength: 40,
    autocomplete: 'off',
  });
  const remove = button('Verwijderen', () => act.remove(t), {
    class: 'btn btn--small',
    'aria-label': `${t.result.name} verwijderen`,
  });
  input.addEventListener('change', () => {
    const name = input.value.trim().slice(0, 40);
    if (name) act.rename(t, name);
    input.value = t.result.name;
    remove.setAttribute('aria-label', `${t.result.name} verwijderen`);
  });
  return h(
    'tr',
    {},
    h('td', { class: 'begeleider__midden' }, swatch(teamStyle(i))),
    h(
      'th',
      { scope: 'row', class: 'begeleider__midden' },
      h('label', { for: id, class: 'sr-only' }, `Naam van het team uit ${t.source}`),
      input,
    ),
    h('td', { class: 'begeleider__midden' }, String(t.result.seed)),
    h('td', { class: 'begeleider__midden' }, t.source),
    h('td', { class: 'begeleider__midden' }, t.result.finished ? 'afgerond' : 'nog niet afgerond (tussenstand)'),
    h('td', { class: 'begeleider__midden begeleider__actie' }, remove),
  );
}

function seedNote(results: readonly TeamResult[]): HTMLElement | null {
  const groups = seedGroups(results);
  if (groups.length === 1 && results.length > 1)
    return h('p', { class: 'hint' }, `Alle teams speelden met sessiecode ${groups[0]?.seed}: dezelfde wereld.`);
  if (groups.length < 2) return null;
  return h(
    'div',
    { class: 'begeleider__waarschuwing', id: 'begeleider__sessiecodes' },
    h(
      'p',
      {},
      h('strong', {}, 'Let op: verschillende sessiecodes: de teams speelden niet in dezelfde wereld. '),
      'Gebeurtenissen en uitgangssituatie kunnen verschillen, dus verschillen in uitkomst komen niet alleen door hun keuzes.',
    ),
    h(
      'ul',
      {},
      groups.map((g) => h('li', {}, `Sessiecode ${g.seed}: ${g.teams.join(', ')}`)),
    ),
  );
}

export function teamsSection(teams: readonly Team[], act: TeamsActions): HTMLElement {
  return h(
    'section',
    { class: 'begeleider__blok', 'aria-labelledby': 'begeleider__teams-kop' },
    h('h3', { id: 'begeleider__teams-kop', tabindex: -1 }, `Teams (${teams.length})`),
    teams.length
      ? null
      : h(
          'p',
          { class: 'hint' },
          'Nog geen teams ingelezen. Plak de codes hierboven, of kies de bestanden van de teams.',
        ),
    seedNote(teams.map((t) => t.result)),
    teams.length
      ? scroller(
          'Ingelezen teams',
          h(
            'table',
            { class: 'indicators begeleider__teamtabel' },
            h('caption', {}, 'Ingelezen teams (de naam kunt u aanpassen)'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                columns.map((t, i) =>
                  i === columns.length - 1
                    ? h('th', { scope: 'col', class: 'begeleider__actie' }, h('span', { class: 'sr-only' }, 'Actie'))
                    : h('th', { scope: 'col' }, t),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              teams.map((t, i) => row(t, i, act)),
            ),
          ),
        )
      : null,
    teams.length
      ? h(
          'div',
          { class: 'actions begeleider__acties' },
          button('Groepsrapport afdrukken of als PDF', act.print, { class: 'btn', id: 'begeleider__afdrukken' }),
          button('Teams als CSV', act.csv, { class: 'btn', id: 'begeleider__csv' }),
          button('Nieuwe vergelijking (alle teams wissen)', act.clear, {
            class: 'btn btn--ghost begeleider__actie',
            id: 'begeleider__wissen',
          }),
        )
      : null,
  );
}
