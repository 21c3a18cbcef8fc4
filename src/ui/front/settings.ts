/** The settings dialog: volumes, mute, motion, text size, presentation mode (persisted by the store). */
import type { AudioService } from '../../audio/audio-service';
import type { AppStore, Settings } from '../../state/store';
import { button, h } from '../dom';

export const audioSettings = (s: Settings) => ({ music: s.music, effects: s.effects, muted: s.muted });

export function settingsDialog(store: AppStore, audio: AudioService): HTMLDialogElement {
  const s = store.getState().settings;
  const range = (key: 'music' | 'effects', label: string) =>
    h(
      'label',
      { class: 'setting' },
      h('span', {}, label),
      h('input', {
        type: 'range',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(s[key] * 100),
        oninput: (e: Event) =>
          store.getState().setSettings({ [key]: Number((e.target as HTMLInputElement).value) / 100 }),
      }),
    );
  const toggle = (key: 'muted' | 'reducedMotion' | 'largeText' | 'presentation', label: string) =>
    h(
      'label',
      { class: 'setting setting--check' },
      h('input', {
        type: 'checkbox',
        checked: s[key],
        onchange: (e: Event) => store.getState().setSettings({ [key]: (e.target as HTMLInputElement).checked }),
      }),
      h('span', {}, label),
    );
  const unavailable = h('p', { class: 'hint', id: 'instellingen__geluid', hidden: true });
  audio.onFailure((message) => {
    unavailable.textContent = message;
    unavailable.hidden = false;
  });
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'instellingen__kop' },
    h('h2', { id: 'instellingen__kop' }, 'Instellingen'),
    unavailable,
    range('music', 'Muziek'),
    range('effects', 'Geluidseffecten'),
    toggle('muted', 'Geluid uit'),
    toggle('reducedMotion', 'Minder beweging'),
    toggle('largeText', 'Grotere tekst'),
    toggle('presentation', 'Presentatiemodus (voor een projector)'),
    button('Sluiten', () => dialog.close(), { class: 'btn btn--primary' }),
  );
  store.subscribe((st, prev) => {
    if (st.settings !== prev.settings) audio.apply(audioSettings(st.settings));
  });
  return dialog;
}
