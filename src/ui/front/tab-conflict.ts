/**
 * Save slots and several tabs: a new game takes a free slot (and asks before replacing the oldest
 * when all are taken); a tab that opens a game while another tab has it open asks first and, when
 * told to, takes it over; the tab that lost it stops saving and says so, with a way to take it back.
 * The slot is let go when the player leaves the game.
 */
import { SLOTS, saveStorage } from '../../state/save-storage';
import type { AppStore } from '../../state/store';
import { button, h } from '../dom';

export function ask(title: string, text: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const dialog: HTMLDialogElement = h(
      'dialog',
      { class: 'settings tabblad', 'aria-labelledby': 'tabblad__kop', 'aria-describedby': 'tabblad__uitleg' },
      h('h2', { id: 'tabblad__kop' }, title),
      h('p', { id: 'tabblad__uitleg' }, text),
      h(
        'div',
        { class: 'title__actions' },
        button(yes, () => close(true), { class: 'btn btn--primary', id: 'tabblad__ja' }),
        button(no, () => close(false), { class: 'btn', id: 'tabblad__nee' }),
      ),
    );
    // Escape means "no", never a half-open state.
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

export type Opening = { mode: 'resume'; slot: number } | { mode: 'new' };

/** Before a game opens for play here: true when this tab now owns its save slot. */
export async function claimSlot(opening: Opening): Promise<boolean> {
  let slot = opening.mode === 'resume' ? opening.slot : saveStorage.free();
  if (slot === null) {
    // Every slot holds a game: a new one replaces the oldest, never without asking.
    const oldest = saveStorage.list().at(-1);
    if (!oldest) return false;
    const replace = await ask(
      'Alle plaatsen voor spellen zijn bezet',
      `Er zijn al ${SLOTS} spellen bewaard. Een nieuw spel vervangt het oudste, ‘${oldest.name}’${oldest.label ? ` (${oldest.label})` : ''}; dat kunt u daarna niet meer hervatten. Kies Annuleren om eerst zelf een spel te verwijderen.`,
      'Oudste spel vervangen',
      'Annuleren',
    );
    if (!replace) return false;
    slot = oldest.slot;
  }
  saveStorage.select(slot);
  const elsewhere = await saveStorage.openElsewhere();
  if (
    elsewhere &&
    !(await ask(
      'Dit spel is al geopend in een ander tabblad',
      opening.mode === 'resume'
        ? 'Er kan maar één tabblad tegelijk met een opgeslagen spel spelen. Neemt u het hier over, dan bewaart het andere tabblad niets meer en gaat u hier verder waar het daar was.'
        : 'Een nieuw spel hier vervangt het spel in het andere tabblad, en dat tabblad bewaart niets meer.',
      opening.mode === 'resume' ? 'Hier overnemen' : 'Nieuw spel hier beginnen',
      'Annuleren',
    ))
  )
    return false;
  if (opening.mode === 'new') saveStorage.clear(slot);
  saveStorage.claim();
  return true;
}

/** Tells the player when another tab takes the game, and lets go of the slot outside a game. */
export function watchSlot(store: AppStore, resume: () => void, toTitle: () => void): void {
  saveStorage.onTaken(() => {
    const s = store.getState();
    if (s.route !== 'game' || s.game?.viewing) return;
    void ask(
      'Dit spel is in een ander tabblad geopend',
      'Om te voorkomen dat twee tabbladen elkaars spel overschrijven, bewaart dit tabblad vanaf nu niets meer. Het spel staat bewaard zoals het andere tabblad het heeft gespeeld.',
      'Hier verder spelen',
      'Naar het titelscherm',
    ).then((here) => {
      if (!here) return toTitle();
      saveStorage.claim();
      resume();
    });
  });
  store.subscribe((s) => {
    const playing = (s.route === 'game' && !s.game?.viewing) || s.route === 'loading';
    if (!playing) saveStorage.release();
  });
}
