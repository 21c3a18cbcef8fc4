/**
 * When the saved game cannot continue here (say, content changed and its version was not kept),
 * it is not lost: it can be downloaded as a file first, to read in later ("Resultaat inlezen")
 * on a build that has its version, or to keep.
 */
import { saveStorage } from '../../state/save-storage';
import { button, h } from '../dom';
import { download } from '../download';

export function savedGameDownload(): HTMLElement | null {
  const text = saveStorage.read();
  if (!text) return null;
  return h(
    'div',
    { class: 'problem__bewaren' },
    h(
      'p',
      {},
      'Wilt u het opgeslagen spel bewaren? Download het dan eerst als bestand; "Nieuw spel beginnen" vervangt het.',
    ),
    button(
      'Opgeslagen spel downloaden (JSON)',
      () => download('koers-opgeslagen-spel.json', text, 'application/json'),
      { class: 'btn', id: 'probleem__downloaden' },
    ),
  );
}
