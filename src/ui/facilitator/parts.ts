/** Small pieces every part of the facilitator's comparison uses: a titled block and a team's name tag. */
import type { TeamResult } from '../../view/compare';
import { h } from '../dom';
import { swatch, teamStyle } from './chart';

/** A section of the comparison with its heading; `id` names it for links, print rules and tests. */
export function block(id: string, title: string, ...body: (Node | Node[] | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'begeleider__blok', id: `begeleider-${id}`, 'aria-labelledby': `begeleider-${id}__kop` },
    h('h3', { id: `begeleider-${id}__kop` }, title),
    ...body,
  );
}

/** A small name tag with the team's line, so tables and charts read as one. */
export function teamTag(t: TeamResult, results: readonly TeamResult[]): HTMLElement {
  return h('span', { class: 'begeleider__team' }, swatch(teamStyle(results.indexOf(t))), ` ${t.name}`);
}

/** The line on top of the printed report: what it is, the date and how many teams. */
export function printStamp(count: number): string {
  const date = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  return `Groepsrapport Koers, ${date}${count ? ` — ${count} ${count === 1 ? 'team' : 'teams'}` : ''}`;
}
