/**
 * Terugblik: the point of the game. What was decided and what it set in motion, the value triad
 * and own goals, the people, the course of every indicator, the scan and the inspection revisited,
 * the evidence and the sector, questions to think about, "wat als", and export.
 */
import { html, type TemplateResult } from 'lit-html';
import type { DebriefModel } from '../../view';
import { frame, type ScreenCtx } from './common';
import { exportSection } from './debrief-export';
import {
  bibliographySection,
  compareSection,
  evidenceSection,
  historySection,
  inspectionSection,
  peopleTimeline,
  promptsSection,
  recapSection,
  scanSection,
  sectorSection,
  triadSection,
} from './debrief-parts';

export function debriefScreen(c: ScreenCtx, vm: DebriefModel) {
  const parts = [
    compareSection(vm),
    triadSection(vm),
    peopleTimeline(vm),
    recapSection(c, vm),
    historySection(vm),
    scanSection(vm),
    inspectionSection(vm),
    evidenceSection(vm),
    sectorSection(vm),
    promptsSection(c, vm),
    exportSection(c, vm),
    bibliographySection(vm),
  ].filter((x): x is { id: string; title: string; body: TemplateResult } => x !== null);
  return frame(
    'terugblik',
    vm,
    html`<nav class="toc" aria-label="Onderdelen van de terugblik">
        <ul>
          ${parts.map((p) => html`<li><a href="#${p.id}">${p.title}</a></li>`)}
        </ul>
      </nav>
      ${parts.map(
        (p) =>
          html`<section class="debrief__section" id=${p.id} aria-labelledby="${p.id}__kop">
            <h3 id="${p.id}__kop">${p.title}</h3>
            ${p.body}
          </section>`,
      )}
      <div class="actions">
        <button type="button" class="btn btn--primary" id="terugblik__titel" @click=${() => c.exit()}>Naar het titelscherm</button>
      </div>`,
  );
}
