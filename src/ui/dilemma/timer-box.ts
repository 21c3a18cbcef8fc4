/**
 * The discussion timer beside a dilemma's options: start, pause, one minute more or less, and at
 * zero a fresh round. Reaching zero only says so; the session never moves on by itself.
 */
import { clock, clockWords, newTimer } from '../../view/discussion-timer';
import { button, h } from '../dom';
import type { Ctx } from './frame';

const TIME_UP = 'De bespreektijd is om. Praat gerust verder: er gebeurt niets vanzelf.';

export function timerBox(c: Ctx, index: number): HTMLElement {
  const ticker = c.timer(index);
  const t = () => ticker.state;
  const display = h('p', { class: 'dilemma-timer__klok', role: 'timer', id: 'timer__klok' }, clock(t().left));
  const status = h('p', { class: 'dilemma-timer__status', id: 'timer__status', 'aria-live': 'polite' });
  const full = newTimer(c.minutes).left;
  const say = (text: string) => {
    status.textContent = text;
  };
  const box = h('section', { class: 'dilemma-timer', 'aria-labelledby': 'timer__kop' });
  const toggle = button(
    '',
    () => {
      // At zero the same button starts a fresh round; it never disappears from under the focus.
      if (t().left === 0) ticker.reset(c.minutes);
      if (t().running) ticker.pause();
      else ticker.start();
      say(t().running ? `De klok loopt: nog ${clockWords(t().left)}.` : `Gepauzeerd bij ${clockWords(t().left)}.`);
      show();
    },
    { class: 'btn btn--primary', id: 'timer__start' },
  );
  const show = () => {
    const left = t().left;
    display.textContent = clock(left);
    box.classList.toggle('dilemma-timer--om', left === 0);
    toggle.textContent = t().running
      ? 'Pauzeer'
      : left === 0
        ? `Opnieuw ${c.minutes} minuten`
        : left === full
          ? 'Start de klok'
          : 'Laat de klok verder lopen';
  };
  const adjust = (secs: number) => () => {
    ticker.adjust(secs);
    say(t().left === 0 ? TIME_UP : `Bespreektijd: nog ${clockWords(t().left)}${t().running ? '' : ', gepauzeerd'}.`);
    show();
  };
  c.onTick(() => {
    show();
    if (t().left === 0) say(TIME_UP);
  });
  show();
  if (t().left === 0) say(TIME_UP);
  box.append(
    h('h3', { id: 'timer__kop' }, 'Bespreektijd'),
    display,
    h(
      'div',
      { class: 'dilemma-timer__knoppen' },
      toggle,
      button('+1 minuut', adjust(60), { class: 'btn', id: 'timer__plus' }),
      button('−1 minuut', adjust(-60), { class: 'btn', id: 'timer__min' }),
    ),
    status,
  );
  return box;
}
