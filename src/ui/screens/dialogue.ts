/** A conversation: the transcript as a log, choices as buttons, "Verder" when it has ended. */
import { html, nothing } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { DialogueModel } from '../../view';
import { frame, portrait, type ScreenCtx } from './common';
import { teamPanel, voteInput } from './team';

export function dialogueScreen(c: ScreenCtx, vm: DialogueModel) {
  // In team play the team's votes are read and confirmed on the way (team.ts, teamSend).
  const choose = (index: number, e: Event) => c.send({ type: 'dialogue.choose', index }, e);
  const votes = vm.team?.vote === 'options';
  // Each step's choices are new controls: vote counts never carry over to the next question.
  const choices = vm.choices.length
    ? keyed(
        vm.lines.length,
        html`<ol class="choices${votes ? ' choices--team' : ''}" aria-label="Uw antwoord">
          ${vm.choices.map(
            (text, index) =>
              html`<li>
                <button type="button" class="btn btn--choice" data-choice=${index} @click=${(e: Event) => choose(index, e)}>${text}</button>
                ${votes ? voteInput(index, text) : nothing}
              </li>`,
          )}
        </ol>`,
      )
    : nothing;
  return frame(
    'gesprek',
    { title: vm.title, intro: null, team: null },
    html`<div class="dialogue__head">
        ${portrait(vm.face, 72)}
        <p class="dialogue__meta"><span class="tag">${vm.purpose}</span>${vm.role ? ` ${vm.role}` : ''}</p>
      </div>
      <div class="transcript" role="log" aria-live="polite" aria-label="Gesprek">
        ${vm.lines.map((l) =>
          l.player
            ? html`<p class="line line--speler"><span class="line__who">U: </span>${l.text}</p>`
            : html`<p class="line ${l.narrator ? 'line--verteller' : 'line--spreker'}${l.fresh ? ' line--nieuw' : ''}">
                ${l.who ? html`<span class="line__who">${l.who}: </span>` : nothing}${l.text}
              </p>`,
        )}
      </div>
      ${vm.error ? html`<p class="notice notice--fout" role="alert">${vm.error}</p>` : nothing} ${teamPanel(vm.team)}
      ${choices}
      ${
        vm.ended
          ? html`<button
            type="button"
            class="btn btn--primary"
            id="gesprek__verder"
            @click=${(e: Event) => c.send({ type: 'dialogue.close' }, e)}
          >Verder</button>`
          : nothing
      }`,
  );
}
