/** The pressure strip above every game screen (src/view/pressure.ts), updated in place. */
import type { GameView } from '../view';
import { h } from './dom';

const setText = (el: Element, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};

export function pressureStrip(): { el: HTMLElement; draw(items: GameView['pressure']): void } {
  const el = h('ul', { class: 'druk', 'aria-label': 'De druk op uw positie', id: 'druk' });
  return {
    el,
    draw(items) {
      el.hidden = items.length === 0;
      while (el.children.length > items.length) el.lastElementChild?.remove();
      items.forEach((it, i) => {
        let li = el.children[i] as HTMLElement | undefined;
        if (!li) {
          li = h('li', {}, h('span', { class: 'druk__naam' }), h('strong', {}), h('span', { class: 'druk__toon' }));
          el.append(li);
        }
        li.className = `druk__punt druk__punt--${it.tone}`;
        const [name, value, tone] = [...li.children];
        if (name) setText(name, `${it.label}: `);
        if (value) setText(value, it.value);
        if (tone) setText(tone, it.tone === 'rustig' ? '' : ` — ${it.toneText}`);
      });
    },
  };
}
