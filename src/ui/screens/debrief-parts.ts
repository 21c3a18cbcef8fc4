/** The sections of the Terugblik, each a function of the finished game. */
import { branchPoint, branchText } from '../../game/branch';
import { choosePrompts, evidenceFor, recap } from '../../game/debrief';
import { decisionsCsv, gameJson } from '../../game/export';
import type { GameSnapshot, VignetteText } from '../../game/game';
import { toResultCode } from '../../game/result-code';
import { evaluateGoals, scoreDiagnosis, triad } from '../../sim/rules';
import type { ScenarioBundle } from '../../sim/schema';
import type { SimState } from '../../sim/state';
import { button, h, nl, signed } from '../dom';
import { download } from '../download';
import { qrSvg } from '../qr';
import { ambidexterityTable } from './ambidexterity';
import { fmt, personPortrait, type ScreenCtx, sourceNote, targetLabel } from './common';
import { explorationExport } from './exploration';
import { GROUPS, sparkline } from './report';

export function section(id: string, title: string, ...body: (Node | null | false)[]): HTMLElement {
  return h(
    'section',
    { class: 'debrief__section', id, 'aria-labelledby': `${id}__kop` },
    h('h3', { id: `${id}__kop` }, title),
    ...body,
  );
}

/** "3 van de 5 stemden hiervoor; 2 wilden: …" — the team's choice and its dissent, in words. */
export function voteSummary(v: { options: string[]; tally: number[]; chosen: number }): string {
  const total = v.tally.reduce((a, n) => a + n, 0);
  const others = v.tally
    .map((n, i) => ({ n, option: v.options[i] ?? '' }))
    .filter((x, i) => i !== v.chosen && x.n > 0)
    .map((x) => `${x.n} wilde${x.n === 1 ? '' : 'n'}: "${x.option}"`);
  return `Teamstemming: ${v.tally[v.chosen] ?? 0} van de ${total} kozen dit${others.length ? `; ${others.join('; ')}` : ''}.`;
}

const when = (q: number) => (q === 0 ? 'voorbereiding' : q >= 7 ? 'na afloop' : `K${q}`);

export function recapSection(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const items = recap(b, sim);
  const byQuarter = new Map<number, typeof items>();
  for (const it of items) byQuarter.set(it.decision.quarter, [...(byQuarter.get(it.decision.quarter) ?? []), it]);
  return section(
    'beslissingen',
    'Alle beslissingen, en wat ze in gang zetten',
    h(
      'p',
      {},
      'Bij elke beslissing staat wat die in het model veranderde en wanneer dat zichtbaar werd. Met "Wat als?" speelt u vanaf dat moment een ander pad; daarna ziet u beide naast elkaar.',
    ),
    h(
      'ol',
      { class: 'decisions' },
      [...byQuarter].map(([q, list]) =>
        h(
          'li',
          {},
          h('h4', {}, q === 0 ? 'Voor het traject: intake, scan en plan' : `Kwartaal ${q}`),
          h(
            'ul',
            {},
            list.map((it) => {
              const step = c.snap.decisionSteps[it.index];
              return h(
                'li',
                { class: 'decision' },
                h('span', { class: 'tag' }, it.decision.phase),
                ` ${it.decision.label}`,
                it.decision.detail ? h('span', { class: 'decision__detail' }, ` — ${it.decision.detail}`) : null,
                it.decision.votes ? h('p', { class: 'decision__votes' }, voteSummary(it.decision.votes)) : null,
                it.consequences.length
                  ? h(
                      'ul',
                      { class: 'consequences' },
                      it.consequences.map((k) => {
                        const ind = b.scenario.indicators.find((i) => i.id === k.target);
                        const amount = ind
                          ? `${signed(k.delta, ind.decimals + 1)}${ind.unit === '%' ? ' pp' : ''}`
                          : signed(k.delta, 0);
                        const span = k.from === k.to ? when(k.from) : `${when(k.from)}–${when(k.to)}`;
                        return h('li', {}, `${targetLabel(b, k.target)} ${amount} (${span})`);
                      }),
                    )
                  : null,
                step !== undefined
                  ? button('Wat als?', () => c.branch(step), {
                      class: 'btn btn--small',
                      'aria-label': `Wat als: anders beslissen bij "${it.decision.label}"`,
                    })
                  : null,
              );
            }),
          ),
        ),
      ),
    ),
  );
}

export function triadSection(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const end = triad(b, sim.values);
  const later = sim.epilogue ? triad(b, sim.epilogue) : null;
  const start = triad(b, sim.history[0]!);
  const goals = evaluateGoals(b, sim);
  const rows: [string, keyof typeof end][] = [
    ['Cliëntwaarde', 'client'],
    ['Medewerkerswaarde', 'medewerker'],
    ['Organisatiewaarde', 'organisatie'],
  ];
  return section(
    'waarde',
    'Waardendriehoek en eigen doelen',
    h(
      'table',
      { class: 'indicators triad-table' },
      h('caption', {}, 'Waarde voor cliënten, medewerkers en organisatie (0–100)'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['', 'Bij de start', 'Einde traject', 'Een jaar later'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(([label, k]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, label),
            h('td', {}, String(start[k])),
            h('td', {}, h('meter', { min: 0, max: 100, value: end[k], 'aria-hidden': 'true' }), ` ${end[k]}`),
            h('td', {}, later ? `${later[k]}` : '—'),
          ),
        ),
      ),
    ),
    h(
      'ul',
      {},
      goals.map((g) =>
        h(
          'li',
          {},
          `${g.title} (${g.level}): ${g.result} — van ${nl(g.start, 1)} naar ${nl(g.end, 1)}, doel ${nl(g.target, 1)}`,
        ),
      ),
    ),
  );
}

/** Consecutive quarters with the same vignette read as one stretch of time. */
function runs(list: readonly VignetteText[]): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string; id: string }[] = [];
  for (const v of list) {
    const last = out[out.length - 1];
    if (last && last.id === v.vignette && last.to === v.quarter - 1) last.to = v.quarter;
    else out.push({ from: v.quarter, to: v.quarter, text: v.text, id: v.vignette });
  }
  return out;
}

export function peopleTimeline(c: ScreenCtx): HTMLElement | null {
  const { b } = c;
  if (!b.people.people.length || !c.snap.vignettes.length) return null;
  return section(
    'mensen',
    'Wat de mensen meemaakten',
    h(
      'div',
      { class: 'timeline' },
      b.people.people.map((p) =>
        h(
          'article',
          { class: 'card card--mens' },
          h('div', { class: 'card__row' }, personPortrait(b, p, 48), h('h4', { class: 'card__title' }, p.name)),
          h(
            'ol',
            { class: 'timeline__list' },
            runs(c.snap.vignettes.filter((v) => v.person === p.id)).map((r) =>
              h('li', {}, h('strong', {}, r.from === r.to ? `K${r.from}: ` : `K${r.from}–K${r.to}: `), r.text),
            ),
          ),
        ),
      ),
    ),
  );
}

export function historySection(b: ScenarioBundle, sim: SimState): HTMLElement {
  const cols = ['Start', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Een jaar later'];
  const series = [...sim.history, ...(sim.epilogue ? [sim.epilogue] : [])];
  return section(
    'verloop',
    'Het verloop',
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Verloop van de indicatoren' },
      h(
        'table',
        { class: 'indicators history' },
        h('caption', {}, 'Verloop van de indicatoren (werkelijke waarden)'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Indicator'),
            h('th', { scope: 'col' }, 'Lijn'),
            cols.slice(0, series.length).map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        GROUPS.map(([group, label]) =>
          h(
            'tbody',
            {},
            h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: series.length + 2 }, label)),
            b.scenario.indicators
              .filter((i) => i.group === group)
              .map((ind) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, ind.label),
                  h(
                    'td',
                    {},
                    sparkline(
                      ind,
                      series.map((v) => v[ind.id] ?? 0),
                    ),
                  ),
                  series.map((v) => h('td', {}, fmt(ind, v[ind.id] ?? 0))),
                ),
              ),
          ),
        ),
      ),
    ),
  );
}

export function scanSection(b: ScenarioBundle, sim: SimState): HTMLElement {
  const diag = scoreDiagnosis(b, sim);
  const title = (id: string) => b.scan.problems.find((p) => p.id === id)?.title ?? id;
  const fact = (id: string) => b.scan.facts.find((f) => f.id === id)?.title ?? id;
  return section(
    'scan',
    'De scan, achteraf bekeken',
    h(
      'ul',
      {},
      h('li', {}, `Terecht benoemd: ${diag.hits.map(title).join('; ') || 'geen'}`),
      h('li', {}, `Gemist: ${diag.missed.map(title).join('; ') || 'niets'}`),
      h('li', {}, `Benoemd, maar niet de kern: ${diag.falseAlarms.map(title).join('; ') || 'geen'}`),
      h('li', {}, `Verborgen feiten die u vond: ${diag.factsFound.map(fact).join('; ') || 'geen'}`),
      h('li', {}, `Verborgen feiten die u niet vond: ${diag.factsMissed.map(fact).join('; ') || 'geen'}`),
    ),
    h('h4', {}, 'Het werkelijke ambidextrieprofiel'),
    ambidexterityTable(b, sim, true),
  );
}

export function inspectionSection(b: ScenarioBundle, sim: SimState): HTMLElement {
  const ladder = b.scenario.ladder;
  return section(
    'inspectie',
    'De inspectie',
    sim.inspections.length
      ? h(
          'ol',
          { class: 'inspections' },
          sim.inspections.map((r) => {
            const v = b.inspection.visits.find((x) => x.id === r.visit);
            return h(
              'li',
              {},
              h(
                'h4',
                {},
                `${v?.title ?? r.visit} (kwartaal ${r.quarter}): ${ladder.find((l) => l.level === r.level)?.label ?? r.level}`,
              ),
              h(
                'ul',
                {},
                r.reasons.map((x) => h('li', {}, x)),
              ),
            );
          }),
        )
      : h('p', {}, 'De inspectie kwam niet langs.'),
  );
}

export function evidenceSection(b: ScenarioBundle, sim: SimState): HTMLElement | null {
  const list = evidenceFor(b, sim);
  if (!list.length) return null;
  return section(
    'bronnen',
    'Wat de bronnen zeggen over wat in uw spel het zwaarst woog',
    h(
      'ul',
      { class: 'evidence' },
      list.map((e) => h('li', {}, h('strong', {}, `${e.case}: `), e.text, sourceNote(e.source))),
    ),
  );
}

export function sectorSection(b: ScenarioBundle, sim: SimState): HTMLElement | null {
  const sector = b.debrief.sector;
  if (!sector) return null;
  const chosen = sim.diagnosis?.theme;
  const max = Math.max(...sector.themes.map((t) => t.count));
  return section(
    'sector',
    'Vergeleken met de sector',
    h(
      'p',
      {},
      `In voor zorg! begeleidde ${nl(sector.trajectories)} trajecten. Zo kozen zij hun thema; uw keuze is gemarkeerd.`,
    ),
    h(
      'table',
      { class: 'indicators' },
      h('caption', {}, 'Gekozen thema’s'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Thema'), h('th', { scope: 'col' }, 'Trajecten'))),
      h(
        'tbody',
        {},
        sector.themes.map((t) =>
          h(
            'tr',
            { class: t.theme === chosen ? 'row--jij' : '' },
            h(
              'th',
              { scope: 'row' },
              `${b.scan.themes.find((x) => x.id === t.theme)?.title ?? t.theme}${t.theme === chosen ? ' (uw keuze)' : ''}`,
            ),
            h('td', {}, h('meter', { min: 0, max, value: t.count, 'aria-hidden': 'true' }), ` ${t.count}`),
          ),
        ),
      ),
    ),
    sector.stopped.length
      ? h(
          'p',
          {},
          `Niet elk traject haalde het eind: ${sector.stopped.map((s) => `${s.label} ${s.count}`).join(', ')}.`,
        )
      : null,
    h(
      'table',
      { class: 'indicators' },
      h('caption', {}, 'Resultaten die de bronnen rapporteren'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Resultaat', 'Bereik', 'Bron'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        sector.results.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.label),
            h('td', {}, `${nl(r.low, 1)} tot ${nl(r.high, 1)} ${r.unit}`),
            h('td', {}, r.source),
          ),
        ),
      ),
    ),
    sourceNote(sector.source),
  );
}

/** The reports every reference in the game points into ("002:L2146" is report 002, line 2146). */
export function bibliographySection(b: ScenarioBundle): HTMLElement | null {
  if (!b.sources.sources.length) return null;
  return section(
    'literatuur',
    'De bronnen van dit spel',
    h(
      'p',
      {},
      'Elke verwijzing als "002:L2146-2181" wijst naar een rapport hieronder (002) en de regels in de tekstversie ervan. "Aanname" betekent dat het spel daar zelf een stap zet, met een bescheiden effect.',
    ),
    h(
      'ul',
      { class: 'bibliography' },
      b.sources.sources.map((x) =>
        h('li', {}, h('strong', {}, `${x.id} `), `${x.title}. ${x.authors}. ${x.publisher}, ${x.year}.`),
      ),
    ),
  );
}

export function promptsSection(b: ScenarioBundle, sim: SimState): HTMLElement | null {
  const prompts = choosePrompts(b, sim);
  if (!prompts.length) return null;
  return section(
    'vragen',
    'Om over na te denken',
    h(
      'ol',
      { class: 'prompts' },
      prompts.map((p) => h('li', {}, p.text)),
    ),
  );
}

export function compareSection(c: ScreenCtx, basis: GameSnapshot): HTMLElement {
  const { b, sim } = c;
  const other = basis.machine.context.sim;
  const t1 = triad(b, other.values);
  const t2 = triad(b, sim.values);
  const row = (label: string, a: string, z: string) =>
    h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, a), h('td', {}, z));
  const ladder = (s: SimState) =>
    s.inspections.map((r) => b.scenario.ladder.find((l) => l.level === r.level)?.label).join(', ') || 'geen bezoek';
  const goals = (s: SimState) =>
    evaluateGoals(b, s)
      .map((g) => `${g.title}: ${g.result}`)
      .join('; ') || '—';
  const split = branchPoint(other.decisions, sim.decisions);
  return section(
    'vergelijking',
    'Twee paden naast elkaar',
    h('p', {}, split ? branchText(split) : 'Beide paden namen dezelfde beslissingen.'),
    h(
      'table',
      { class: 'indicators compare' },
      h('caption', {}, 'Het oorspronkelijke pad en het pad "wat als"'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['', 'Oorspronkelijk', 'Wat als'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        row('Cliëntwaarde', String(t1.client), String(t2.client)),
        row('Medewerkerswaarde', String(t1.medewerker), String(t2.medewerker)),
        row('Organisatiewaarde', String(t1.organisatie), String(t2.organisatie)),
        row('Eigen doelen', goals(other), goals(sim)),
        row('Inspectie', ladder(other), ladder(sim)),
        b.scenario.indicators.map((ind) =>
          row(ind.label, fmt(ind, other.values[ind.id] ?? 0), fmt(ind, sim.values[ind.id] ?? 0)),
        ),
      ),
    ),
  );
}

export function exportSection(c: ScreenCtx): HTMLElement {
  // The result handed in is the game's own, also after exploring a "wat als" branch.
  const code = toResultCode(c.original);
  const field = h('textarea', { id: 'resultaatcode', readonly: true, rows: 4, class: 'code' });
  field.value = code;
  const copied = h('span', { role: 'status', class: 'hint' });
  return section(
    'export',
    'Bewaren en delen',
    explorationExport(c),
    h(
      'div',
      { class: 'actions' },
      button('Afdrukken of opslaan als PDF', () => window.print(), { class: 'btn', id: 'export__afdrukken' }),
      button(
        'Beslissingen als CSV',
        () => download('koers-beslissingen.csv', decisionsCsv(c.original), 'text/csv;charset=utf-8'),
        { class: 'btn', id: 'export__csv' },
      ),
      button('Spel als JSON', () => download('koers-spel.json', gameJson(c.original), 'application/json'), {
        class: 'btn',
        id: 'export__json',
      }),
    ),
    h(
      'label',
      { for: 'resultaatcode', class: 'code__label' },
      'Resultaatcode voor uw begeleider (het model rekent de uitkomst opnieuw uit)',
    ),
    field,
    h(
      'div',
      { class: 'actions' },
      button(
        'Kopieer de code',
        () => {
          field.select();
          void navigator.clipboard?.writeText(code).then(
            () => {
              copied.textContent = 'Gekopieerd.';
            },
            () => {
              copied.textContent = 'Kopiëren lukte niet; selecteer de code en kopieer met Ctrl+C.';
            },
          );
        },
        { class: 'btn' },
      ),
      copied,
    ),
    qrSvg(code, 'QR-code met de resultaatcode'),
  );
}
