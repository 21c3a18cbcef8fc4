/** A tally as text and bars: per option its letter, words, votes and share — never colour alone. */
import type { Tally } from '../../live/protocol';
import { shares } from '../../view/dilemma-session';
import { countsFor } from '../../view/live-dilemma';
import { h, nl } from '../dom';

export function tallyList(options: readonly string[], tally: Tally): HTMLElement {
  const counts = countsFor(tally, tally.question, options.length);
  const pct = shares(counts);
  return h(
    'ol',
    { class: 'live-uitslag__lijst' },
    options.map((text, i) =>
      h(
        'li',
        { class: 'live-uitslag__optie' },
        h('span', { class: 'live-uitslag__letter' }, String.fromCharCode(65 + i)),
        h('span', { class: 'live-uitslag__tekst' }, text),
        h(
          'span',
          { class: 'live-uitslag__getal' },
          `${nl(counts[i]!)} ${counts[i] === 1 ? 'stem' : 'stemmen'} (${pct[i]}%)`,
        ),
        h('span', { class: 'live-uitslag__balk', style: `--aandeel: ${pct[i]}%`, 'aria-hidden': 'true' }),
      ),
    ),
  );
}
