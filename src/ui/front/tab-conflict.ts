/**
 * One game per save slot, and several tabs: a tab that opens the game while another tab has it
 * open asks first and, when told to, takes it over; the tab that lost it stops saving and says so,
 * with a way to take it back. The slot is let go when the player leaves the game.
 */
import { saveStorage } from '../../state/save-storage';
import type { AppStore } from '../../state/store';
import { button, h } from '../dom';

function ask(title: string, text: string, yes: string, no: string): Promise<boolean> {
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

/** Before a game opens for play here: true when this tab now owns the save slot. */
export async function claimSlot(mode: 'new' | 'resume'): Promise<boolean> {
  const elsewhere = await saveStorage.openElsewhere();
  if (
    elsewhere &&
    !(await ask(
      'Dit spel is al geopend in een ander tabblad',
      mode === 'resume'
        ? 'Er kan maar één tabblad tegelijk met het opgeslagen spel spelen. Neemt u het hier over, dan bewaart het andere tabblad niets meer en gaat u hier verder waar het daar was.'
        : 'Er kan maar één spel tegelijk bewaard worden. Begint u hier een nieuw spel, dan vervangt dat het spel in het andere tabblad, en bewaart dat tabblad niets meer.',
      mode === 'resume' ? 'Hier overnemen' : 'Nieuw spel hier beginnen',
      'Annuleren',
    ))
  )
    return false;
  // A new game takes the one save slot: never without asking (the other tab's case was asked above).
  if (
    mode === 'new' &&
    !elsewhere &&
    saveStorage.read() !== null &&
    !(await ask(
      'Er staat al een spel klaar',
      'Een nieuw spel vervangt het opgeslagen spel; dat kunt u daarna niet meer hervatten. Kies Annuleren en daarna Doorgaan om het eerst af te maken.',
      'Ja, opnieuw beginnen',
      'Annuleren',
    ))
  )
    return false;
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
