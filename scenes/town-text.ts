/**
 * The town in words: the world model's description as a list for screen readers, next to the
 * canvas (which is aria-hidden). Written as text nodes, and only when the lines change.
 */
import type { AppStore } from '../src/state/store';

export function townText(store: AppStore): HTMLElement {
  const region = document.createElement('section');
  region.className = 'sr-only';
  region.id = 'stad-tekst';
  region.setAttribute('aria-label', 'Wat de stad laat zien');
  const list = document.createElement('ul');
  region.append(list);
  let shown = '';
  const update = () => {
    const s = store.getState();
    const lines = (s.route === 'game' && s.game?.world.description) || [];
    const key = lines.join('\n');
    if (key === shown) return;
    shown = key;
    list.replaceChildren(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    region.hidden = lines.length === 0;
  };
  store.subscribe(update);
  update();
  return region;
}
