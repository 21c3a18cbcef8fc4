/**
 * Terugblik: the point of the game. What was decided and what it set in motion, the value triad
 * and own goals, the people, the course of every indicator, the scan and the inspection revisited,
 * the evidence and the sector, questions to think about, "wat als", and export.
 */
import { button, h } from '../dom';
import { type ScreenCtx, screen } from './common';
import {
  bibliographySection,
  compareSection,
  evidenceSection,
  exportSection,
  historySection,
  inspectionSection,
  peopleTimeline,
  promptsSection,
  recapSection,
  scanSection,
  sectorSection,
  triadSection,
} from './debrief-parts';

export function debriefScreen(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const parts = [
    c.basis ? compareSection(c, c.basis) : null,
    triadSection(c),
    peopleTimeline(c),
    recapSection(c),
    historySection(b, sim),
    scanSection(b, sim),
    inspectionSection(b, sim),
    evidenceSection(b, sim),
    sectorSection(b, sim),
    promptsSection(b, sim),
    exportSection(c),
    bibliographySection(b),
  ].filter((x): x is HTMLElement => !!x);
  const nav = h(
    'nav',
    { class: 'toc', 'aria-label': 'Onderdelen van de terugblik' },
    h(
      'ul',
      {},
      parts.map((p) => h('li', {}, h('a', { href: `#${p.id}` }, p.querySelector('h3')?.textContent ?? p.id))),
    ),
  );
  return screen(
    'terugblik',
    'Terugblik',
    `Geen winnaar, wel een verhaal: wat u besloot, wat dat in gang zette, en hoe het de mensen van ${b.scenario.title} verging.`,
    nav,
    ...parts,
    h(
      'div',
      { class: 'actions' },
      button('Naar het titelscherm', () => c.exit(), { class: 'btn btn--primary', id: 'terugblik__titel' }),
    ),
  );
}
