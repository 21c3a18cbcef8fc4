/**
 * The facilitator's view: read in the result codes or exported files of any number of teams
 * (pasted, from files, or scanned), and compare them side by side for the group debrief — value
 * triad, own goals, inspection, key indicator curves, where the paths diverged and which
 * reflection questions fit the group — with a printable group report and a CSV. No server:
 * everything is replayed by the model in the browser.
 */
import bundle from 'virtual:koers-scenario/het-baken';
import { bundleFor } from '../../state/versions';
import type { Decision } from '../../view';
import {
  type Candidate,
  candidatesFromFile,
  candidatesFromPaste,
  departures,
  keyIndicators,
  MAX_FILE_BYTES,
  MAX_PAIR_TEAMS,
  MAX_PER_IMPORT,
  moments,
  nextTeamName,
  pairs,
  quarterTitle,
  type Rejected,
  rankPrompts,
  seedGroups,
  sharedStart,
  type TeamResult,
  TRIAD_KEYS,
  TRIAD_LABELS,
  teamResult,
  teamsCsv,
} from '../../view/compare';
import { button, h, nextId, signed } from '../dom';
import { download } from '../download';
import { buildFolded, lazyDetails, lineChart, scroller, swatch, teamStyle } from './chart';
import { importInSlices, type RunReport } from './import-run';
import { scanPanel } from './scan';

interface Team {
  id: string;
  key: string;
  source: string;
  result: TeamResult;
}

export function mountFacilitator(root: HTMLElement, back: () => void): void {
  const b = bundle;
  let teams: Team[] = [];

  // --- Import -------------------------------------------------------------------------------
  const field = h('textarea', {
    id: 'begeleider__codes',
    rows: 5,
    class: 'code',
    spellcheck: 'false',
    'aria-describedby': 'begeleider__codes-uitleg',
  });
  const files = h('input', {
    type: 'file',
    id: 'begeleider__bestanden',
    multiple: true,
    accept: '.json,.txt,application/json,text/plain',
    'aria-describedby': 'begeleider__bestanden-uitleg',
  });
  const progress = h('p', { class: 'begeleider__voortgang', role: 'status', id: 'begeleider__status' });
  const problems = h('div', { class: 'begeleider__fouten', role: 'alert', id: 'begeleider__fouten' });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary', id: 'begeleider__inlezen' }, 'Codes inlezen');
  const cancel = h(
    'button',
    { type: 'button', class: 'btn', id: 'begeleider__stop', hidden: true },
    'Stoppen met inlezen',
  );

  const showProblems = (list: readonly Rejected[], extra: string[] = []) => {
    problems.replaceChildren();
    if (!list.length && !extra.length) return;
    problems.append(
      h(
        'div',
        { class: 'form__fout' },
        h(
          'p',
          { class: 'begeleider__fouten-kop' },
          list.length === 1 && !extra.length ? 'Niet ingelezen:' : 'Niet alles is ingelezen:',
        ),
        h(
          'ul',
          {},
          extra.map((m) => h('li', {}, m)),
          list.map((r) =>
            h(
              'li',
              {},
              h('strong', {}, `${r.label}`),
              h('span', { class: 'begeleider__fragment' }, ` (${r.excerpt})`),
              `: ${r.message}`,
            ),
          ),
        ),
      ),
    );
  };

  /** Imports one batch after the other (a scan may arrive mid-import), so nothing is dropped. */
  let queue: Promise<unknown> = Promise.resolve();
  const run = (list: readonly Candidate[], extra: string[] = []): Promise<Rejected[]> => {
    const next = queue.then(() => runNow(list, extra));
    queue = next.catch(() => undefined);
    return next;
  };
  /** Imports in time slices with progress and a cancel (see import-run.ts). */
  const runNow = async (list: readonly Candidate[], extra: string[]): Promise<Rejected[]> => {
    submit.disabled = true;
    let stop = false;
    cancel.onclick = () => {
      stop = true;
    };
    cancel.hidden = list.length < 2;
    const known = new Map(teams.map((t) => [t.key, t.result.name]));
    let added = 0;
    let report: RunReport;
    try {
      report = await importInSlices(list, known, {
        versionOf: bundleFor,
        accepted: (o) => {
          const name = nextTeamName(teams.map((t) => t.result.name));
          known.set(o.key, name);
          // A game from an earlier scenario version replays on that version; the list says so.
          const source =
            o.game.bundle.fingerprint === b.fingerprint ? o.label : `${o.label} (eerdere versie van het scenario)`;
          teams.push({ id: nextId('team'), key: o.key, source, result: teamResult(name, o.game) });
          added++;
        },
        progress: (done, total) => {
          if (total > 1) progress.textContent = `Bezig met inlezen: ${done} van ${total}…`;
        },
        cancelled: () => stop,
      });
    } finally {
      submit.disabled = false;
      cancel.hidden = true;
    }
    const { rejected, skipped } = report;
    if (skipped)
      extra.push(
        report.cancelled
          ? `Inlezen gestopt: ${skipped} ${skipped === 1 ? 'code is' : 'codes zijn'} niet meer bekeken.`
          : `Er stonden meer dan ${MAX_PER_IMPORT} codes in; de eerste ${MAX_PER_IMPORT} zijn bekeken. Lees de overige ${skipped} in een volgende keer in.`,
      );
    const parts = [
      added ? `${added} ${added === 1 ? 'team' : 'teams'} toegevoegd.` : 'Geen nieuwe teams toegevoegd.',
      rejected.length || extra.length
        ? `${rejected.length + extra.length} ${rejected.length + extra.length === 1 ? 'melding' : 'meldingen'} hieronder.`
        : '',
      `Nu ${teams.length} ${teams.length === 1 ? 'team' : 'teams'} in de vergelijking.`,
    ];
    progress.textContent = parts.filter(Boolean).join(' ');
    showProblems(rejected, extra);
    if (added) renderTeams();
    return rejected;
  };

  const importForm = h(
    'form',
    {
      class: 'form begeleider__form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const list = candidatesFromPaste(field.value, 1);
        if (!list.length) {
          progress.textContent = '';
          showProblems(
            [],
            [
              field.value.trim()
                ? 'In de geplakte tekst staat geen resultaatcode. Een code begint met KOERS1-.'
                : 'Plak eerst een of meer resultaatcodes in het tekstveld.',
            ],
          );
          field.focus();
          return;
        }
        void run(list).then((rejected) => {
          // What could not be read stays in the field to correct; what was read goes.
          field.value = rejected
            .filter((r) => !r.duplicate)
            .map((r) => r.text.replace(/\n/g, ''))
            .join('\n');
        });
      },
    },
    h('label', { for: 'begeleider__codes', class: 'code__label' }, 'Resultaatcodes van de teams'),
    h(
      'p',
      { class: 'hint', id: 'begeleider__codes-uitleg' },
      'Plak een of meer codes (ze beginnen met KOERS1-), elk op een eigen regel of gescheiden door spaties. Een code die niet klopt, blijft hier staan; de rest wordt ingelezen.',
    ),
    field,
    h('div', { class: 'actions begeleider__acties' }, submit, cancel),
  );
  files.addEventListener('change', () => {
    const chosen = [...(files.files ?? [])];
    if (!chosen.length) return;
    void (async () => {
      const list: Candidate[] = [];
      const extra: string[] = [];
      for (const f of chosen) {
        if (f.size > MAX_FILE_BYTES) {
          extra.push(`${f.name}: dit bestand is te groot om een resultaat van Koers te zijn.`);
          continue;
        }
        const found = candidatesFromFile(f.name, await f.text());
        if (!found.length) extra.push(`${f.name}: hierin staat geen resultaatcode of geëxporteerd spel van Koers.`);
        list.push(...found);
      }
      await run(list, extra);
      files.value = '';
    })();
  });

  const importSection = h(
    'section',
    { class: 'begeleider__blok begeleider__invoer', 'aria-labelledby': 'begeleider__invoer-kop' },
    h('h3', { id: 'begeleider__invoer-kop' }, 'Resultaten inlezen'),
    h(
      'div',
      { class: 'begeleider__invoerraster' },
      importForm,
      h(
        'div',
        { class: 'begeleider__anders' },
        h('label', { for: 'begeleider__bestanden', class: 'code__label' }, 'Of kies bestanden'),
        h(
          'p',
          { class: 'hint', id: 'begeleider__bestanden-uitleg' },
          'JSON-exports uit de terugblik, of tekstbestanden met codes. U kunt meerdere bestanden tegelijk kiezen.',
        ),
        files,
        h('p', { class: 'code__label' }, 'Of scan de QR-code'),
        scanPanel((code) => void run([{ label: 'Gescande code', text: code }])),
      ),
    ),
    progress,
    problems,
  );

  // --- Teams and comparison -----------------------------------------------------------------
  const teamsBox = h('div', { class: 'begeleider__teams' });
  const comparison = h('div', { class: 'begeleider__vergelijking' });
  const stamp = h('p', { class: 'begeleider__afdruk' });

  const renderTeams = () => {
    teamsBox.replaceChildren(teamsSection());
    renderComparison();
  };
  const renderComparison = () => {
    const results = teams.map((t) => t.result);
    comparison.replaceChildren(...(results.length ? compareSections(results) : []));
  };

  const teamsSection = (): HTMLElement => {
    const results = teams.map((t) => t.result);
    const groups = seedGroups(results);
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
      groups.length > 1
        ? h(
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
          )
        : groups.length === 1 && teams.length > 1
          ? h('p', { class: 'hint' }, `Alle teams speelden met sessiecode ${groups[0]!.seed}: dezelfde wereld.`)
          : null,
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
                  ['Lijn', 'Naam', 'Sessiecode', 'Ingelezen uit', 'Spel', ''].map((t, i) =>
                    i === 5
                      ? h('th', { scope: 'col', class: 'begeleider__actie' }, h('span', { class: 'sr-only' }, 'Actie'))
                      : h('th', { scope: 'col' }, t),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                teams.map((t, i) => {
                  const id = `${t.id}-naam`;
                  const input = h('input', {
                    type: 'text',
                    id,
                    class: 'begeleider__naam',
                    value: t.result.name,
                    maxlength: 40,
                    autocomplete: 'off',
                  });
                  const remove = button(
                    'Verwijderen',
                    () => {
                      teams = teams.filter((x) => x !== t);
                      progress.textContent = `${t.result.name} is uit de vergelijking gehaald.`;
                      renderTeams();
                      teamsBox.querySelector<HTMLElement>('h3')?.focus();
                    },
                    { class: 'btn btn--small', 'aria-label': `${t.result.name} verwijderen` },
                  );
                  input.addEventListener('change', () => {
                    const name = input.value.trim().slice(0, 40);
                    if (name) t.result.name = name;
                    input.value = t.result.name;
                    remove.setAttribute('aria-label', `${t.result.name} verwijderen`);
                    renderComparison();
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
                    h(
                      'td',
                      { class: 'begeleider__midden' },
                      t.result.finished ? 'afgerond' : 'nog niet afgerond (tussenstand)',
                    ),
                    h('td', { class: 'begeleider__midden begeleider__actie' }, remove),
                  );
                }),
              ),
            ),
          )
        : null,
      teams.length
        ? h(
            'div',
            { class: 'actions begeleider__acties' },
            button(
              'Groepsrapport afdrukken of als PDF',
              () => {
                stamp.textContent = printStamp(teams.length);
                window.print();
              },
              { class: 'btn', id: 'begeleider__afdrukken' },
            ),
            button(
              'Teams als CSV',
              () =>
                download(
                  'koers-teams.csv',
                  `\uFEFF${teamsCsv(
                    b,
                    teams.map((x) => x.result),
                  )}`,
                  'text/csv;charset=utf-8',
                ),
              { class: 'btn', id: 'begeleider__csv' },
            ),
          )
        : null,
    );
  };

  const compareSections = (results: TeamResult[]): HTMLElement[] => [
    triadSection(results),
    goalsSection(results),
    curvesSection(results),
    divergenceSection(results),
    pathSection(results),
    promptsSection(results),
  ];

  // A small name tag with the team's line, so tables and charts read as one.
  const teamTag = (t: TeamResult, results: readonly TeamResult[]) =>
    h('span', { class: 'begeleider__team' }, swatch(teamStyle(results.indexOf(t))), ` ${t.name}`);

  const triadSection = (results: TeamResult[]) =>
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

  const goalsSection = (results: TeamResult[]) =>
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

  const curvesSection = (results: TeamResult[]) => {
    const when = moments(results);
    return block(
      'verloop',
      'Verloop van de kernindicatoren',
      h(
        'p',
        { class: 'hint' },
        'Per indicator één lijn per team. De teams verschillen in kleur, lijnsoort en punt; onder elke grafiek staan de cijfers als tabel.',
      ),
      h(
        'div',
        { class: 'begeleider__grafieken' },
        keyIndicators(b).map((ind) => lineChart(ind, results, when)),
      ),
    );
  };

  const decisionText = (d: Decision | undefined, other: Decision | undefined) => {
    if (!d) return 'geen verdere beslissingen';
    const withDetail = d.detail && (d.detail.length <= 100 || d.label === other?.label);
    return withDetail ? `${d.label}: ${d.detail}` : d.label;
  };

  const divergenceSection = (results: TeamResult[]) => {
    if (results.length < 2)
      return block(
        'uiteen',
        'Waar de teams uiteengingen',
        h('p', {}, 'Lees minstens twee teams in om hun paden te vergelijken.'),
      );
    const shared = sharedStart(results);
    if (results.length > MAX_PAIR_TEAMS) return departureBlock(results, shared);
    const list = pairs(results);
    const diff = (n: number) => signed(n);
    return block(
      'uiteen',
      'Waar de teams uiteengingen',
      h(
        'p',
        {},
        sharedSentence(shared),
        ' Per tweetal: de eerste beslissing waarin ze verschilden, en het verschil in waarde aan het eind van het traject.',
      ),
      scroller(
        'Eerste verschil per tweetal teams',
        h(
          'table',
          { class: 'indicators begeleider__uiteen' },
          h('caption', {}, 'Eerste verschil per tweetal teams, en wat volgde'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [
                'Teams',
                'Uiteen bij',
                'Keuze van het eerste team',
                'Keuze van het tweede team',
                'Verschil aan het eind (eerste min tweede)',
              ].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            list.map((p) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, `${p.a.name} en ${p.b.name}`),
                p.at
                  ? [
                      h(
                        'td',
                        {},
                        `beslissing ${p.at.index + 1}, ${quarterTitle(p.at.quarter).split(':')[0]!.toLowerCase()}`,
                      ),
                      h('td', {}, decisionText(p.at.a, p.at.b)),
                      h('td', {}, decisionText(p.at.b, p.at.a)),
                    ]
                  : h('td', { colspan: 3 }, 'Geen verschil: dezelfde beslissingen.'),
                h(
                  'td',
                  {},
                  h(
                    'ul',
                    { class: 'begeleider__lijst' },
                    TRIAD_KEYS.map((k) => h('li', {}, `${TRIAD_LABELS[k]} ${diff(p.diff[k])}`)),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  /** How far all teams went the same way, as the first sentence of both divergence views. */
  const sharedSentence = (shared: number) =>
    shared === 0
      ? 'De teams gingen al bij de eerste beslissing uiteen.'
      : `Alle teams namen de eerste ${shared} ${shared === 1 ? 'beslissing' : 'beslissingen'} gelijk.`;

  /** With many teams, one row per team: where it left the path most teams took. */
  const departureBlock = (results: TeamResult[], shared: number) =>
    block(
      'uiteen',
      'Waar de teams uiteengingen',
      h(
        'p',
        {},
        sharedSentence(shared),
        ` Met ${results.length} teams zijn er te veel tweetallen om te tonen; daarom per team de eerste beslissing waarin het afweek van het pad dat de meeste teams namen.`,
      ),
      scroller(
        'Eerste afwijking per team',
        h(
          'table',
          { class: 'indicators begeleider__uiteen' },
          h('caption', {}, 'Waar elk team afweek van het pad van de meeste teams'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Team', 'Afgeweken bij', 'Keuze van het team', 'Keuze van de meeste teams'].map((t) =>
                h('th', { scope: 'col' }, t),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            departures(results).map(({ team, at }) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, team.name),
                at
                  ? [
                      h(
                        'td',
                        {},
                        `beslissing ${at.index + 1}, ${quarterTitle(at.quarter).split(':')[0]!.toLowerCase()}`,
                      ),
                      h('td', {}, decisionText(at.a, at.b)),
                      h('td', {}, decisionText(at.b, at.a)),
                    ]
                  : h('td', { colspan: 3 }, 'Niet afgeweken: steeds de keuze van de meeste teams.'),
              ),
            ),
          ),
        ),
      ),
    );

  const pathSection = (results: TeamResult[]) => {
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

  const promptsSection = (results: TeamResult[]) => {
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

  stamp.textContent = printStamp(0);
  window.addEventListener('beforeprint', () => buildFolded(root));
  root.replaceChildren(
    h(
      'section',
      { class: 'begeleider', 'aria-labelledby': 'begeleider__kop' },
      h(
        'div',
        { class: 'begeleider__kopregel' },
        h('h2', { id: 'begeleider__kop', tabindex: -1 }, 'Resultaten vergelijken'),
        button('Terug naar het titelscherm', back, { class: 'btn btn--ghost begeleider__terug' }),
      ),
      stamp,
      h(
        'p',
        { class: 'screen__intro' },
        `Lees de resultaten van alle teams in en bespreek ze naast elkaar: ${b.scenario.title}. Het model speelt de beslissingen van elk team opnieuw af, hier in de browser; er gaat niets naar een server.`,
      ),
      importSection,
      teamsBox,
      comparison,
    ),
  );
  renderTeams();
  root.querySelector<HTMLElement>('#begeleider__kop')?.focus();
}

function block(id: string, title: string, ...body: (Node | Node[] | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'begeleider__blok', id: `begeleider-${id}`, 'aria-labelledby': `begeleider-${id}__kop` },
    h('h3', { id: `begeleider-${id}__kop` }, title),
    ...body,
  );
}

function printStamp(count: number): string {
  const date = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  return `Groepsrapport Koers, ${date}${count ? ` — ${count} ${count === 1 ? 'team' : 'teams'}` : ''}`;
}
