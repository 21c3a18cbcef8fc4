/** The ambidexterity profile: nine factors on the five-phase maturity scale, as far as the scan has shown. */
import type { ScenarioBundle } from '../../sim/schema';
import type { SimState } from '../../sim/state';
import { h, nl } from '../dom';
import { sourceNote } from './common';

/** `all` shows the true profile (for the Terugblik); otherwise only what the scan revealed. */
export function ambidexterityTable(b: ScenarioBundle, sim: SimState, all = false): HTMLElement | null {
  const { factors, phases, source } = b.ambidexterity;
  if (!factors.length) return null;
  const done = (id: string) => sim.attempts[`scan_${id}`] !== undefined;
  const known = factors.filter((f) => all || f.revealedBy.some(done));
  const mean = known.length ? known.reduce((a, f) => a + f.level, 0) / known.length : null;
  const phase = (level: number) => phases?.[Math.min(4, Math.max(0, Math.round(level) - 1))] ?? '';
  const sourceTitle = (id: string) => b.scan.sources.find((s) => s.id === id)?.title ?? id;
  return h(
    'div',
    { class: 'ambi' },
    h(
      'table',
      { class: 'indicators' },
      h('caption', {}, 'Ambidextrie: balans tussen het werk van nu en vernieuwing (fase 1–5)'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Factor', 'Fase', 'Wat de scan liet zien'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        factors.map((f) => {
          const shown = all || f.revealedBy.some(done);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, f.title),
            h(
              'td',
              {},
              shown
                ? [
                    h('meter', { min: 0, max: 5, value: f.level, 'aria-hidden': 'true' }),
                    ` ${nl(f.level, f.level % 1 ? 1 : 0)}`,
                  ]
                : 'onbekend',
            ),
            h(
              'td',
              {},
              shown ? f.note : `Nog niet onderzocht; bijvoorbeeld via: ${f.revealedBy.map(sourceTitle).join(', ')}`,
            ),
          );
        }),
      ),
    ),
    mean === null
      ? h('p', {}, 'De scan heeft nog niets over de vernieuwingskracht laten zien.')
      : h('p', {}, `Gemiddeld${all ? '' : ' (voor zover bekend)'}: fase ${nl(mean, 1)} — ${phase(mean)}.`),
    source ? sourceNote(source) : null,
  );
}
