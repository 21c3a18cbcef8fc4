/** The title screen with the games saved on this device, and the screen that explains a problem and offers a way on. */
import pitch from 'virtual:koers-pitch';
import type { SlotInfo } from '../../state/save-storage';
import { button, h } from '../dom';

export interface TitleActions {
  /** Resume the game in a slot, or start a new one in a free slot. */
  start(m: { mode: 'resume'; slot: number } | { mode: 'new' }): void;
  open(route: 'settings' | 'setup' | 'import' | 'facilitator' | 'dilemma' | 'live-host' | 'live-join'): void;
  rename(slot: SlotInfo): void;
  remove(slot: SlotInfo): void;
}

const when = (ms: number): string => {
  if (!ms) return 'eerder bewaard';
  const d = new Date(ms);
  const time = d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date().toDateString()
    ? `bewaard vandaag om ${time}`
    : `bewaard ${d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long' })} om ${time}`;
};

/** One saved game: its name, where it stands, and what can be done with it. */
const savedGame = (s: SlotInfo, first: boolean, a: TitleActions) =>
  h(
    'li',
    { class: 'title__spel' },
    h(
      'div',
      { class: 'title__spel-tekst' },
      h('strong', {}, s.name),
      h('span', {}, [s.label, when(s.savedAt)].filter(Boolean).join(' · ')),
    ),
    h(
      'div',
      { class: 'title__spel-knoppen' },
      button('Doorgaan', () => a.start({ mode: 'resume', slot: s.slot }), {
        class: first ? 'btn btn--primary' : 'btn',
        'aria-label': `Doorgaan met ${s.name}`,
        ...(first ? { id: 'titel__doorgaan' } : {}),
      }),
      button('Naam wijzigen', () => a.rename(s), {
        class: 'btn btn--ghost',
        'aria-label': `Naam wijzigen van ${s.name}`,
      }),
      button('Verwijderen', () => a.remove(s), { class: 'btn btn--ghost', 'aria-label': `${s.name} verwijderen` }),
    ),
  );

export function titleScreen(saves: readonly SlotInfo[], a: TitleActions): HTMLElement {
  return h(
    'section',
    { class: 'title', 'aria-labelledby': 'titel__kop' },
    h('h1', { id: 'titel__kop', tabindex: -1 }, 'Koers'),
    h('p', { class: 'title__sub' }, 'Een trainingssimulatie voor wie verandering stuurt in de langdurige zorg'),
    h('p', { class: 'title__intro' }, `${pitch.role} ${pitch.journey}`),
    saves.length
      ? h(
          'section',
          { class: 'title__spellen', 'aria-labelledby': 'titel__spellen' },
          h('h2', { class: 'title__group', id: 'titel__spellen' }, 'Uw opgeslagen spellen'),
          h('ul', {}, ...saves.map((s, i) => savedGame(s, i === 0, a))),
        )
      : null,
    h(
      'div',
      { class: 'title__actions' },
      button('Nieuw spel', () => a.start({ mode: 'new' }), {
        class: saves.length ? 'btn' : 'btn btn--primary',
        id: 'titel__nieuw',
      }),
      button('Meedoen met code', () => a.open('live-join'), { class: 'btn', id: 'titel__meedoen' }),
      button('Instellingen', () => a.open('settings'), { class: 'btn btn--ghost', id: 'titel__instellingen' }),
    ),
    h('h2', { class: 'title__group' }, 'Voor begeleiders'),
    h(
      'div',
      { class: 'title__actions' },
      button('Live sessie starten', () => a.open('live-host'), { class: 'btn btn--ghost', id: 'titel__live' }),
      button('Masterclass, team of sessiecode', () => a.open('setup'), { class: 'btn btn--ghost', id: 'titel__team' }),
      button('Dilemmasessie', () => a.open('dilemma'), { class: 'btn btn--ghost', id: 'titel__dilemma' }),
      button('Resultaten vergelijken', () => a.open('facilitator'), {
        class: 'btn btn--ghost',
        id: 'titel__begeleider',
      }),
      button('Resultaat inlezen', () => a.open('import'), { class: 'btn btn--ghost', id: 'titel__inlezen' }),
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
