/**
 * Team play around one screen: before a decision, a discussion timer the team starts, pauses and
 * adjusts itself (it never decides for them — WCAG 2.2.1), and two questions fitted to the kind
 * of decision; a vote on every decision — a count per option in a conversation whose answer is
 * a decision, for and against on a form — and a confirm step before the answer is committed, so
 * the votes typed are never lost to one click. No vote box where nothing would record it.
 */
import { html, nothing, render } from 'lit-html';
import { type PlayerEvent, SUPPORTED_TYPES, type TeamPrompt } from '../../view';
import { clock } from '../../view/discussion-timer';
import { Ticker } from '../timer';

const MINUTES = 3;
/** Votes per box: a team around one screen is small. */
const MAX_VOTES = 9;

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

const countField = (label: string, attrs: { vote?: number; support?: 'voor' | 'tegen' }) =>
  html`<input
    type="number"
    min="0"
    max=${MAX_VOTES}
    step="1"
    value="0"
    inputmode="numeric"
    class="vote__input"
    aria-label=${label}
    data-vote=${attrs.vote ?? nothing}
    data-support=${attrs.support ?? nothing}
  />`;

/** For and against a form decision: how the team stands behind the answer it is about to give. */
const supportBox = () =>
  html`<fieldset class="team__steun">
    <legend>Teamstemming over dit besluit</legend>
    <label class="vote"><span>Voor</span>${countField('Stemmen voor dit besluit', { support: 'voor' })}</label>
    <label class="vote"><span>Tegen</span>${countField('Stemmen tegen dit besluit', { support: 'tegen' })}</label>
  </fieldset>`;

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
        ${p.vote === 'support' ? supportBox() : nothing}
      </aside>`
    : nothing;

/** A number field for a team's votes on one option, labelled with that option. */
export const voteInput = (index: number, option: string) =>
  html`<span class="vote"><span aria-hidden="true">Stemmen</span>${countField(`Stemmen voor: ${option}`, { vote: index })}</span>`;

const count = (i: HTMLInputElement | null) => Math.max(0, Math.min(MAX_VOTES, Math.floor(Number(i?.value) || 0)));

function readVotes(root: ParentNode, options: number): number[] | undefined {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-vote]')];
  if (inputs.length !== options) return undefined;
  const votes = inputs.map(count);
  return votes.some((v) => v > 0) ? votes : undefined;
}

function readSupport(root: ParentNode): [number, number] | undefined {
  const yes = count(root.querySelector<HTMLInputElement>('input[data-support="voor"]'));
  const no = count(root.querySelector<HTMLInputElement>('input[data-support="tegen"]'));
  return yes + no > 0 ? [yes, no] : undefined;
}

// ------------------------------------------------------------------------- the confirm step

let dialog: HTMLDialogElement | null = null;
let answer: ((ok: boolean) => unknown) | null = null;

function confirmDialog(): HTMLDialogElement {
  if (dialog?.isConnected) return dialog;
  const d = document.createElement('dialog');
  d.id = 'team__bevestig';
  d.className = 'settings team-bevestig';
  d.setAttribute('aria-labelledby', 'team__bevestig-kop');
  // Escape closes it too: that is "not yet".
  d.addEventListener('close', () => settle(false));
  document.body.append(d);
  dialog = d;
  return d;
}

/** Answers the open question once; the answer is acted on before the click's handler returns. */
function settle(ok: boolean) {
  const a = answer;
  answer = null;
  if (dialog?.open) dialog.close();
  a?.(ok);
}

/** Asks whether this is the team's answer; `lines` say the answer and the votes in words. */
function confirmAnswer(lines: string[], then: () => void): void {
  const d = confirmDialog();
  settle(false);
  render(
    html`<h2 id="team__bevestig-kop">Is dit het antwoord van het team?</h2>
      ${lines.map((l) => html`<p>${l}</p>`)}
      <div class="actions">
        <button type="button" class="btn btn--primary" id="team__ja" @click=${() => settle(true)}>Ja, leg dit vast</button>
        <button type="button" class="btn" id="team__nee" @click=${() => settle(false)}>Nog niet</button>
      </div>`,
    d,
  );
  answer = (ok) => ok && then();
  d.showModal();
  d.querySelector<HTMLElement>('#team__ja')?.focus();
}

const tally = (votes: readonly number[], options: readonly string[]) =>
  votes.map((v, i) => `${options[i] ?? ''}: ${v}`).join(' · ');

/**
 * Sends a player event from a screen with a team panel: a decision takes the team's votes from
 * the screen and waits for the team to confirm it; anything else goes straight through.
 */
export function teamSend(p: TeamPrompt | null, root: ParentNode, event: PlayerEvent, commit: (e: PlayerEvent) => void) {
  if (p?.vote === 'options' && event.type === 'dialogue.choose') {
    const options = [...root.querySelectorAll<HTMLElement>('.btn--choice')].map((b) => b.textContent?.trim() ?? '');
    const votes = readVotes(root, options.length);
    const lines = [
      `Het team kiest: "${options[event.index] ?? ''}".`,
      votes ? `Stemmen: ${tally(votes, options)}.` : 'Er is niet gestemd.',
    ];
    confirmAnswer(lines, () => commit(votes ? { ...event, votes } : event));
    return;
  }
  if (p?.vote === 'support' && SUPPORTED_TYPES.includes(event.type)) {
    const support = readSupport(root);
    const lines = [
      'Het team legt dit besluit vast.',
      support ? `Voor: ${support[0]}, tegen: ${support[1]}.` : 'Er is niet gestemd.',
    ];
    confirmAnswer(lines, () => commit(support ? ({ ...event, support } as PlayerEvent) : event));
    return;
  }
  commit(event);
}
