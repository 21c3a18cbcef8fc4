/** The sections of the Terugblik: each a title and a template over its part of the model. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { DebriefModel } from '../../view';
import { ambidexterityTable } from './ambidexterity';
import { portrait, type ScreenCtx, scrolling, source, sparkline } from './common';
import { assignmentBody } from './debrief-assignment';

export interface Part {
  id: string;
  title: string;
  body: TemplateResult;
}

export const part = (id: string, title: string, body: TemplateResult): Part => ({ id, title, body });
const table = (caption: string, head: readonly string[], rows: unknown, cls = 'indicators') =>
  scrolling(
    caption,
    html`<table class=${cls}>
      <caption>${caption}</caption>
      <thead><tr>${head.map((t) => html`<th scope="col">${t}</th>`)}</tr></thead>
      <tbody>${rows}</tbody>
    </table>`,
  );

export const compareSection = (vm: DebriefModel) =>
  vm.compare
    ? part(
        'vergelijking',
        'Twee paden naast elkaar',
        html`<p>${vm.compare.intro}</p>
          ${table(
            'Het oorspronkelijke pad en het pad "wat als"',
            ['', 'Oorspronkelijk', 'Wat als'],
            vm.compare.rows.map(([l, a, z]) => html`<tr><th scope="row">${l}</th><td>${a}</td><td>${z}</td></tr>`),
            'indicators compare',
          )}`,
      )
    : null;

export const triadSection = (vm: DebriefModel) =>
  part(
    'waarde',
    'Waardendriehoek en eigen doelen',
    html`${table(
      'Waarde voor cliënten, medewerkers en organisatie (0–100)',
      ['', 'Bij de start', vm.triad.endLabel, 'Een jaar later'],
      vm.triad.rows.map(
        (r) =>
          html`<tr>
              <th scope="row">${r.label}</th>
              <td>${r.start}</td>
              <td><meter min="0" max="100" low="40" high="65" optimum="100" value=${r.end} aria-hidden="true"></meter> ${r.end}</td>
              <td>${r.later ?? '—'}</td>
            </tr>`,
      ),
      'indicators triad-table',
    )}
      <ul>
        ${vm.triad.goals.map((g) => html`<li>${g}</li>`)}
      </ul>`,
  );

export const peopleTimeline = (vm: DebriefModel) =>
  vm.people.length
    ? part(
        'mensen',
        'Wat de mensen meemaakten',
        html`<div class="timeline">
          ${vm.people.map(
            (p) => html`<article class="card card--mens">
              <div class="card__row">${portrait(p.face, 48)}<h4 class="card__title">${p.name}</h4></div>
              <ol class="timeline__list">
                ${p.runs.map((r) => html`<li><strong>${r.when}</strong>${r.text}</li>`)}
              </ol>
            </article>`,
          )}
        </div>`,
      )
    : null;

export const recapSection = (c: ScreenCtx, vm: DebriefModel) =>
  part(
    'beslissingen',
    'Alle beslissingen, en wat ze in gang zetten',
    html`<p>
        Bij elke beslissing staat wat die in het model veranderde en wanneer dat zichtbaar werd. Met "Wat als?" speelt
        u vanaf dat moment een ander pad; daarna ziet u beide naast elkaar.
      </p>
      <ol class="decisions">
        ${vm.recap.map(
          (q) => html`<li>
            <h4>${q.heading}</h4>
            <ul>
              ${q.items.map(
                (it) => html`<li class="decision">
                  <span class="tag">${it.phase}</span> <span class="decision__label">${it.label}</span>${
                    it.detail ? html`<span class="decision__detail"> — ${it.detail}</span>` : nothing
                  }
                  ${it.votes ? html`<p class="decision__votes">${it.votes}</p>` : nothing}
                  ${
                    it.consequences.length
                      ? html`<ul class="consequences">
                        ${it.consequences.map((k) => html`<li>${k}</li>`)}
                      </ul>`
                      : nothing
                  }
                  ${
                    it.step !== null
                      ? html`<button
                        type="button"
                        class="btn btn--small"
                        aria-label=${`Wat als: anders beslissen bij "${it.label}"`}
                        @click=${() => c.branch(it.step ?? 0)}
                      >Wat als?</button>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>
          </li>`,
        )}
      </ol>`,
  );

export const historySection = (vm: DebriefModel) =>
  part(
    'verloop',
    'Het verloop',
    scrolling(
      'Verloop van de indicatoren',
      html`<table class="indicators history">
        <caption>Verloop van de indicatoren (werkelijke waarden)</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th><th scope="col">Lijn</th>${vm.history.columns.map((t) => html`<th scope="col">${t}</th>`)}
          </tr>
        </thead>
        ${vm.history.groups.map(
          (g) => html`<tbody>
            <tr class="group"><th scope="rowgroup" colspan=${vm.history.columns.length + 2}>${g.label}</th></tr>
            ${g.rows.map(
              (r) => html`<tr>
                <th scope="row">${r.label}</th>
                <td>${sparkline(r.course)}</td>
                ${r.cells.map((v) => html`<td>${v}</td>`)}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>`,
    ),
  );

export const scanSection = (vm: DebriefModel) =>
  part(
    'scan',
    'De scan, achteraf bekeken',
    html`<ul>
        ${vm.scan.lines.map((l) => html`<li>${l}</li>`)}
      </ul>
      <h4>Het werkelijke ambidextrieprofiel</h4>
      ${ambidexterityTable(vm.scan.ambi)}`,
  );

export const inspectionSection = (vm: DebriefModel) =>
  part(
    'inspectie',
    'De inspectie',
    vm.inspections.length
      ? html`<ol class="inspections">
          ${vm.inspections.map(
            (r) => html`<li>
              <h4>${r.heading}</h4>
              <ul>
                ${r.reasons.map((x) => html`<li>${x}</li>`)}
              </ul>
            </li>`,
          )}
        </ol>`
      : html`<p>De inspectie kwam niet langs.</p>`,
  );

export const evidenceSection = (vm: DebriefModel) =>
  vm.evidence.length
    ? part(
        'bronnen',
        'Wat de bronnen zeggen over wat in uw spel het zwaarst woog',
        html`<ul class="evidence">
          ${vm.evidence.map((e) => html`<li><strong>${e.case}: </strong>${e.text}${source(e.source)}</li>`)}
        </ul>`,
      )
    : null;

export function sectorSection(vm: DebriefModel) {
  const s = vm.sector;
  if (!s) return null;
  return part(
    'sector',
    'Vergeleken met de sector',
    html`<p>${s.intro}</p>
      ${table(
        'Gekozen thema’s',
        ['Thema', 'Trajecten'],
        s.themes.map(
          (t) =>
            html`<tr class=${t.mine ? 'row--jij' : ''}>
              <th scope="row">${t.title}</th>
              <td><meter class="meter--aantal" min="0" max=${s.max} value=${t.count} aria-hidden="true"></meter> ${t.count}</td>
            </tr>`,
        ),
      )}
      ${s.stopped ? html`<p>${s.stopped}</p>` : nothing}
      ${table(
        'Resultaten die de bronnen rapporteren',
        ['Resultaat', 'Bereik', 'Bron'],
        s.results.map(
          (r) => html`<tr><th scope="row">${r.label}</th><td>${r.range}</td><td class="bron">${r.source}</td></tr>`,
        ),
      )}
      ${source(s.source)}`,
  );
}

/** The reports every reference in the game points into ("002:L2146" is report 002, line 2146). */
export const bibliographySection = (vm: DebriefModel) =>
  vm.bibliography.length
    ? part(
        'literatuur',
        'De bronnen van dit spel',
        html`<p>
            Elke verwijzing als "002:L2146-2181" wijst naar een rapport hieronder (002) en de regels in de tekstversie
            ervan. "Aanname" betekent dat het spel daar zelf een stap zet, met een bescheiden effect.
          </p>
          <ul class="bibliography">
            ${vm.bibliography.map((x) => html`<li><strong>${x.id} </strong>${x.text}</li>`)}
          </ul>`,
      )
    : null;

export const promptsSection = (c: ScreenCtx, vm: DebriefModel) =>
  vm.prompts.length
    ? part(
        'vragen',
        vm.assignment ? 'Opdracht: om over na te denken' : 'Om over na te denken',
        vm.assignment
          ? assignmentBody(c, vm.assignment)
          : html`<ol class="prompts">
              ${vm.prompts.map((p) => html`<li>${p}</li>`)}
            </ol>`,
      )
    : null;
