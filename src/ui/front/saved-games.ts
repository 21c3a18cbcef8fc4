/** Renaming, removing and replacing a saved game: each asks first in its own dialog. */
import { type SlotInfo, saveStorage } from '../../state/save-storage';
import { button, h } from '../dom';
import { ask } from './tab-conflict';

/** Asks for a saved game's new name; null when the player cancels. */
function askName(current: string): Promise<string | null> {
  return new Promise((resolve) => {
    const input = h('input', {
      id: 'naam__veld',
      type: 'text',
      maxlength: 40,
      value: current,
      autocomplete: 'off',
    }) as HTMLInputElement;
    const close = (answer: string | null) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const dialog: HTMLDialogElement = h(
      'dialog',
      { class: 'settings tabblad', 'aria-labelledby': 'naam__kop' },
      h('h2', { id: 'naam__kop' }, 'Naam van dit spel'),
      h(
        'form',
        { method: 'dialog' },
        h('label', { for: 'naam__veld' }, 'Naam (bijvoorbeeld uw teamnaam)'),
        input,
        h(
          'div',
          { class: 'title__actions' },
          button('Bewaren', () => close(input.value), {
            class: 'btn btn--primary',
            id: 'naam__bewaren',
            type: 'submit',
          }),
          button('Annuleren', () => close(null), { class: 'btn' }),
        ),
      ),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      close(null);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.select();
  });
}

/** Asks for a new name and keeps it; resolves when the dialog is closed either way. */
export async function renameSavedGame(slot: SlotInfo): Promise<void> {
  const name = await askName(slot.name);
  if (name !== null) saveStorage.rename(slot.slot, name);
}

/** Asks first, then forgets the game; resolves when the dialog is closed either way. */
export async function removeSavedGame(slot: SlotInfo): Promise<void> {
  const yes = await ask(
    `‘${slot.name}’ verwijderen?`,
    'Een verwijderd spel kunt u niet meer hervatten. Wilt u het bewaren, speel het dan eerst uit en lever de resultaatcode in.',
    'Verwijderen',
    'Annuleren',
  );
  if (yes) saveStorage.clear(slot.slot);
}

/** In a learning platform the platform keeps the one game: a new one replaces it, never without asking. */
export const confirmRestartInPlatform = (): Promise<boolean> =>
  ask(
    'Opnieuw beginnen?',
    'Een nieuw spel vervangt het spel dat de leeromgeving voor u bewaart; dat kunt u daarna niet meer hervatten. Uw keuzes tot nu toe blijven wel in de leeromgeving staan.',
    'Opnieuw beginnen',
    'Annuleren',
  );
