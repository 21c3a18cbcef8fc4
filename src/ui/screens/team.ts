/**
 * Team play around one screen: before a decision, a discussion timer the team starts, pauses and
 * adjusts itself (it never decides for them — WCAG 2.2.1), and two questions fitted to the kind
 * of decision. The timer is UI only: it is not part of the game or its log.
 */
import type { ScenarioBundle } from '../../sim/schema';
import { button, h } from '../dom';

type Screen = ScenarioBundle['team']['prompts'][number]['screen'];

interface TimerState {
  key: string;
  seconds: number;
  running: boolean;
  handle: number | null;
}
// The one discussion timer on screen; it resets when the decision changes.
let timer: TimerState = { key: '', seconds: 180, running: false, handle: null };

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

export function teamPanel(b: ScenarioBundle, screen: Screen, key: string, turn: number): HTMLElement {
  if (timer.key !== key) {
    if (timer.handle !== null) window.clearInterval(timer.handle);
    timer = { key, seconds: 180, running: false, handle: null };
  }
  const display = h('span', { class: 'timer__tijd', 'aria-hidden': 'true' }, mmss(timer.seconds));
  const status = h('span', { class: 'sr-only', 'aria-live': 'polite' });
  const toggle = button(
    timer.running ? 'Pauzeer' : 'Start overleg',
    () => {
      if (timer.running) stop();
      else start();
    },
    { class: 'btn btn--small', id: 'team__timer' },
  );
  const show = () => {
    display.textContent = mmss(timer.seconds);
    toggle.textContent = timer.running ? 'Pauzeer' : timer.seconds > 0 ? 'Start overleg' : 'Overleg is om';
  };
  function stop() {
    if (timer.handle !== null) window.clearInterval(timer.handle);
    timer.handle = null;
    timer.running = false;
    show();
  }
  function start() {
    if (timer.seconds <= 0) return;
    timer.running = true;
    timer.handle = window.setInterval(() => {
      if (!display.isConnected) return stop();
      timer.seconds = Math.max(0, timer.seconds - 1);
      if (timer.seconds === 0) {
        stop();
        status.textContent = 'De overlegtijd is om. Neem de tijd die u nodig hebt om te kiezen.';
      } else if (timer.seconds % 60 === 0) status.textContent = `Nog ${timer.seconds / 60} minuut overleg.`;
      show();
    }, 1000);
    show();
  }
  const adjust = (delta: number) => () => {
    timer.seconds = Math.max(0, Math.min(30 * 60, timer.seconds + delta));
    status.textContent = `Overlegtijd: ${mmss(timer.seconds)}.`;
    show();
  };
  const prompts = b.team.prompts.filter((p) => p.screen === screen);
  const chosen = prompts.length ? [prompts[turn % prompts.length]!, prompts[(turn + 1) % prompts.length]!] : [];
  return h(
    'aside',
    { class: 'team', 'aria-labelledby': 'team__kop' },
    h('h3', { id: 'team__kop' }, 'Teamoverleg'),
    h(
      'div',
      { class: 'timer' },
      h('span', {}, 'Overlegtijd '),
      display,
      h('span', { class: 'sr-only' }, `${mmss(timer.seconds)}`),
      toggle,
      button('− 1 min', adjust(-60), { class: 'btn btn--small', 'aria-label': '− 1 min: een minuut korter' }),
      button('+ 1 min', adjust(60), { class: 'btn btn--small', 'aria-label': '+ 1 min: een minuut langer' }),
      status,
    ),
    chosen.length
      ? h(
          'ul',
          { class: 'team__vragen' },
          [...new Set(chosen)].map((p) => h('li', {}, p.text)),
        )
      : null,
  );
}

/** A number field for a team's votes on one option, labelled with that option. */
export function voteInput(index: number, option: string): HTMLElement {
  return h(
    'label',
    { class: 'vote' },
    h('span', { class: 'sr-only' }, `Stemmen voor: ${option}`),
    h('span', { 'aria-hidden': 'true' }, 'Stemmen'),
    h('input', {
      type: 'number',
      min: 0,
      max: 9,
      step: 1,
      value: 0,
      inputmode: 'numeric',
      class: 'vote__input',
      'data-vote': index,
    }),
  );
}

export function readVotes(root: HTMLElement, options: number): number[] | undefined {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-vote]')];
  if (inputs.length !== options) return undefined;
  const votes = inputs.map((i) => Math.max(0, Math.min(9, Math.floor(Number(i.value) || 0))));
  return votes.some((v) => v > 0) ? votes : undefined;
}
