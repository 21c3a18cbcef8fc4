/**
 * Voting on a phone in a live dilemma session: the open dilemma's options as large buttons, the
 * stage said in words (first one's own view, then the vote after the discussion), the vote the
 * server has for this seat, and — only once the facilitator reveals it — how the room voted.
 * Between questions it says what it waits for.
 */
import scenario from 'virtual:koers-scenario';
import type { LiveClient } from '../../live/client';
import { type Participant, voteKey } from '../../live/participant';
import type { ScenarioBundle } from '../../view';
import { liveDilemma } from '../../view/live-dilemma';
import { append, button, h } from '../dom';
import { statusWords } from './common';
import type { LiveCtx } from './mount';
import { tallyList } from './tally';

const bundle: ScenarioBundle = scenario;
const STAGE_WORDS = {
  individual: 'Eerst uw eigen mening: wat zou u doen?',
  team: 'Na het gesprek: wat kiest u nu?',
} as const;

export function voteScreen(panel: HTMLElement, ctx: LiveCtx, client: LiveClient, p: Participant): void {
  const status = h('p', { class: 'hint live-stem__verbinding', id: 'stem__verbinding' });
  const body = h('div', { class: 'live-stem__inhoud' });
  const heading = h('h2', { id: 'stem__kop', tabindex: -1 }, 'Stemmen');
  let drawn = '';

  const draw = () => {
    const s = p.state;
    status.textContent = s.gone
      ? 'Deze sessie is afgelopen. Dank voor het meedoen.'
      : `${s.seat?.name ?? ''} · ${statusWords(client.status)}`;
    const q = s.session?.question;
    // Redraw only when the question, its stage, the vote or the reveal changed: focus stays put otherwise.
    const key = q
      ? `${q.question}:${q.stage}:${q.revealed}:${s.voted[voteKey(q.question, q.stage)] ?? '-'}:${s.revealed?.votes ?? ''}`
      : `wacht:${s.gone}`;
    if (key === drawn) return;
    const refocus = drawn !== '' && !body.contains(document.activeElement);
    drawn = key;
    if (!q) {
      heading.textContent = 'Wacht op de begeleider';
      body.replaceChildren(
        h('p', { id: 'stem__wacht' }, s.gone ? 'Er komen geen vragen meer.' : 'De volgende stemming begint zo.'),
      );
      return;
    }
    const d = liveDilemma(bundle, q.question);
    const mine = s.voted[voteKey(q.question, q.stage)];
    heading.textContent = d.title;
    const buttons = d.options.map((text, i) =>
      h(
        'button',
        {
          type: 'button',
          class: `btn live-stem__optie${mine === i ? ' live-stem__optie--gekozen' : ''}`,
          id: `stem__optie-${i}`,
          'aria-pressed': mine === i ? 'true' : 'false',
          disabled: q.revealed,
          onclick: () => p.vote(q.question, i, q.stage),
        },
        h('span', { class: 'live-stem__letter', 'aria-hidden': 'true' }, String.fromCharCode(65 + i)),
        h('span', {}, text),
      ),
    );
    body.replaceChildren();
    append(body, [
      h(
        'p',
        { class: 'live-stem__fase', id: 'stem__fase' },
        q.revealed ? 'De stemming is gesloten.' : STAGE_WORDS[q.stage],
      ),
      h('p', { class: 'live-stem__situatie' }, d.situation),
      h('div', { class: 'live-stem__opties', role: 'group', 'aria-labelledby': 'stem__kop' }, buttons),
      h(
        'p',
        { class: 'live-stem__mijn', id: 'stem__mijn', role: 'status' },
        mine === undefined
          ? 'U hebt nog niet gestemd.'
          : `Uw stem: ${String.fromCharCode(65 + mine)}.${q.revealed ? '' : ' U kunt wijzigen tot de begeleider de uitslag toont.'}`,
      ),
      s.revealed && s.revealed.question === q.question
        ? h(
            'section',
            { class: 'live-uitslag', 'aria-labelledby': 'stem__uitslag-kop' },
            h('h3', { id: 'stem__uitslag-kop' }, 'Zo stemde de zaal'),
            tallyList(d.options, s.revealed),
          )
        : null,
    ]);
    if (refocus) heading.focus();
  };

  panel.replaceChildren(
    h(
      'section',
      { class: 'live-stem', 'aria-labelledby': 'stem__kop' },
      heading,
      status,
      body,
      button('Stoppen en terug naar het titelscherm', ctx.back, { class: 'btn btn--ghost' }),
    ),
  );
  p.onChange(draw);
  client.onStatus(draw);
  draw();
  heading.focus();
}
