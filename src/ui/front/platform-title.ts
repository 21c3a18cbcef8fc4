/**
 * The title screen inside a learning platform's package: the teacher chose the game's settings,
 * and the platform, not this browser, keeps the student's game. So: continue it, or begin.
 */
import pitch from 'virtual:koers-pitch';
import { button, h } from '../dom';

export function platformTitle(title: string, hasGame: boolean, start: (m: 'new' | 'resume') => void): HTMLElement {
  return h(
    'section',
    { class: 'title', 'aria-labelledby': 'titel__kop' },
    h('h1', { id: 'titel__kop', tabindex: -1 }, 'Koers'),
    h('p', { class: 'title__sub' }, title),
    h(
      'p',
      { class: 'title__intro' },
      hasGame
        ? 'U kunt verdergaan waar u was gebleven. Uw voortgang en uw keuzes gaan naar de leeromgeving van uw opleiding.'
        : `${pitch.role} Uw docent heeft dit spel klaargezet; uw voortgang en uw keuzes gaan naar de leeromgeving van uw opleiding.`,
    ),
    h(
      'div',
      { class: 'title__actions' },
      hasGame ? button('Doorgaan', () => start('resume'), { class: 'btn btn--primary', id: 'titel__doorgaan' }) : null,
      button(hasGame ? 'Opnieuw beginnen' : 'Beginnen', () => start('new'), {
        class: hasGame ? 'btn' : 'btn btn--primary',
        id: 'titel__nieuw',
      }),
    ),
  );
}
