/** The title screen, and the screen that explains a problem and offers a way on. */
import { button, h } from '../dom';

export function titleScreen(
  hasSave: boolean,
  start: (m: 'new' | 'resume') => void,
  open: (route: 'settings' | 'setup' | 'import' | 'facilitator' | 'dilemma' | 'live-host' | 'live-join') => void,
): HTMLElement {
  return h(
    'section',
    { class: 'title', 'aria-labelledby': 'titel__kop' },
    h('h1', { id: 'titel__kop', tabindex: -1 }, 'Koers'),
    h('p', { class: 'title__sub' }, 'Een trainingssimulatie voor wie verandering stuurt in de langdurige zorg'),
    h(
      'p',
      { class: 'title__intro' },
      'U bent de nieuwe bestuurder van Zorggroep Het Baken. Anderhalf jaar lang neemt u de organisatie mee door een veranderingstraject: van scan tot borging. Wat u besluit, merken cliënten, medewerkers, de begroting en de inspectie.',
    ),
    h(
      'div',
      { class: 'title__actions' },
      hasSave ? button('Doorgaan', () => start('resume'), { class: 'btn btn--primary', id: 'titel__doorgaan' }) : null,
      button('Nieuw spel', () => start('new'), { class: hasSave ? 'btn' : 'btn btn--primary', id: 'titel__nieuw' }),
      button('Meedoen met code', () => open('live-join'), { class: 'btn', id: 'titel__meedoen' }),
      button('Instellingen', () => open('settings'), { class: 'btn btn--ghost', id: 'titel__instellingen' }),
    ),
    h('h2', { class: 'title__group' }, 'Voor begeleiders'),
    h(
      'div',
      { class: 'title__actions' },
      button('Live sessie starten', () => open('live-host'), { class: 'btn btn--ghost', id: 'titel__live' }),
      button('Masterclass, team of sessiecode', () => open('setup'), { class: 'btn btn--ghost', id: 'titel__team' }),
      button('Dilemmasessie', () => open('dilemma'), { class: 'btn btn--ghost', id: 'titel__dilemma' }),
      button('Resultaten vergelijken', () => open('facilitator'), { class: 'btn btn--ghost', id: 'titel__begeleider' }),
      button('Resultaat inlezen', () => open('import'), { class: 'btn btn--ghost', id: 'titel__inlezen' }),
    ),
    h(
      'p',
      { class: 'title__foot' },
      'Gebaseerd op vijf Nederlandse onderzoeksrapporten over In voor zorg! en vergelijkbare programma’s. Organisatie en personen zijn verzonnen.',
    ),
  );
}

export function problemScreen(
  title: string,
  message: string,
  fresh: () => void,
  back: () => void,
  extra: HTMLElement | null = null,
): HTMLElement {
  return h(
    'section',
    { class: 'problem', role: 'alert', 'aria-labelledby': 'probleem__kop' },
    h('h2', { id: 'probleem__kop', tabindex: -1 }, title),
    h('p', {}, message),
    extra,
    h(
      'div',
      { class: 'title__actions' },
      button('Nieuw spel beginnen', fresh, { class: 'btn btn--primary', id: 'probleem__nieuw' }),
      button('Terug naar het titelscherm', back, { class: 'btn' }),
    ),
  );
}
