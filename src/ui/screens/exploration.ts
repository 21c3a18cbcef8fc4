/**
 * In a "wat als" branch, the Terugblik's export says whose result it hands in (the original game's)
 * and offers the branch itself only on request, labelled as exploration.
 */
import { EXPLORATION_LABEL, explorationCsv, explorationJson } from '../../game/export';
import { button, h } from '../dom';
import { download } from '../download';
import type { ScreenCtx } from './common';

export function explorationExport(c: ScreenCtx): HTMLElement | null {
  if (c.game === c.original) return null;
  return h(
    'div',
    { class: 'verkenning', id: 'export__verkenning' },
    h(
      'p',
      {},
      h('strong', {}, 'U verkent een "wat als"-variant. '),
      'De resultaatcode, de CSV en de JSON hieronder zijn van uw eigen spel (het oorspronkelijke pad), niet van deze variant. Wilt u de variant zelf bewaren, dan krijgt die het label "',
      EXPLORATION_LABEL,
      '".',
    ),
    h(
      'div',
      { class: 'actions' },
      button(
        'Variant als CSV (verkenning)',
        () => download('koers-wat-als-beslissingen.csv', explorationCsv(c.game), 'text/csv;charset=utf-8'),
        { class: 'btn', id: 'export__variant-csv' },
      ),
      button(
        'Variant als JSON (verkenning)',
        () => download('koers-wat-als.json', explorationJson(c.game, c.original), 'application/json'),
        { class: 'btn', id: 'export__variant-json' },
      ),
    ),
  );
}
