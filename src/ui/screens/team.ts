/**
 * Team play around one screen: before a decision, a discussion timer the team starts, pauses and
 * adjusts itself (it never decides for them — WCAG 2.2.1), and two questions fitted to the kind
 * of decision; in conversations, a vote count per option.
 */
import { html, nothing, render } from 'lit-html';
import type { TeamPrompt } from '../../view';
import { clock } from '../../view/discussion-timer';
import { Ticker } from '../timer';

const MINUTES = 3;

/** The one discussion timer on screen: its element lives as long as its decision (the key). */
let current: { key: string; ticker: Ticker; el: HTMLElement } | null = null;

function teamTimer(key: string): HTMLElement {
  if (current?.key === key) return current.el;
  current?.ticker.dispose();
  const el = document.createElement('div');
  el.className = 'timer';
  let status = '';
  const ticker: Ticker = new Ticker(MINUTES, (t, ended) => {
    if (!el.isConnected) return ticker.dispose();
    if (ended) status = 'De overlegtijd is om. Neem de tijd die u nodig hebt om te kiezen.';
    else if (t.running && t.left % 60 === 0) status = `Nog ${t.left / 60} minuut overleg.`;
    draw();
  });
  const adjust = (seconds: number) => () => {
    ticker.adjust(seconds);
    status = `Overlegtijd: ${clock(ticker.state.left)}.`;
    draw();
  };
  const draw = () => {
    const t = ticker.state;
    render(
      html`<span>Overlegtijd </span><span class="timer__tijd" aria-hidden="true">${clock(t.left)}</span
        ><span class="sr-only">${clock(t.left)}</span>
        <button
          type="button"
          class="btn btn--small"
          id="team__timer"
          @click=${() => (t.running ? ticker.pause() : ticker.start())}
        >${t.running ? 'Pauzeer' : t.left > 0 ? 'Start overleg' : 'Overleg is om'}</button>
        <button type="button" class="btn btn--small" @click=${adjust(-60)}>− 1 minuut</button>
        <button type="button" class="btn btn--small" @click=${adjust(60)}>+ 1 minuut</button>
        <span class="sr-only" aria-live="polite">${status}</span>`,
      el,
    );
  };
  draw();
  current = { key, ticker, el };
  return el;
}

export const teamPanel = (p: TeamPrompt | null) =>
  p
    ? html`<aside class="team" aria-labelledby="team__kop">
        <h3 id="team__kop">Teamoverleg</h3>
        ${teamTimer(p.key)}
        ${
          p.questions.length
            ? html`<ul class="team__vragen">
              ${p.questions.map((q) => html`<li>${q}</li>`)}
            </ul>`
            : nothing
        }
      </aside>`
    : nothing;

/** A number field for a team's votes on one option, labelled with that option. */
export const voteInput = (index: number, option: string) =>
  html`<label class="vote"
    ><span class="sr-only">Stemmen voor: ${option}</span><span aria-hidden="true">Stemmen</span
    ><input type="number" min="0" max="9" step="1" value="0" inputmode="numeric" class="vote__input" data-vote=${index}
  /></label>`;

export function readVotes(root: Element | null, options: number): number[] | undefined {
  const inputs = [...(root?.querySelectorAll<HTMLInputElement>('input[data-vote]') ?? [])];
  if (inputs.length !== options) return undefined;
  const votes = inputs.map((i) => Math.max(0, Math.min(9, Math.floor(Number(i.value) || 0))));
  return votes.some((v) => v > 0) ? votes : undefined;
}
