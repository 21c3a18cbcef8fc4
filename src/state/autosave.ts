/**
 * Writes the game to the autosave slot after each decision and keeps the player told: when the
 * browser refuses to store it, a notice says exactly what is and is not saved; the notice goes once
 * saving works again. When another tab has taken the slot nothing is written (save-storage tells
 * the UI).
 */
import type { SaveData } from '../game/save';
import { saveStorage } from './save-storage';
import type { AppStore } from './store';

const PREFIX = 'Opslaan lukt nu niet';

/** What the slot still holds, said against the game being played. */
export function unsavedNotice(playing: Pick<SaveData, 'seed' | 'events'>, stored: string | null): string {
  const tail = 'Sluit dit tabblad niet: wat hier niet bewaard is, gaat dan verloren.';
  const head = `${PREFIX} (de opslag van de browser is vol of geblokkeerd).`;
  let kept: Pick<SaveData, 'seed' | 'events'> | null = null;
  try {
    kept = stored ? (JSON.parse(stored) as SaveData) : null;
  } catch {
    kept = null;
  }
  const n = playing.events.length;
  if (kept && Array.isArray(kept.events) && kept.seed === playing.seed) {
    const k = kept.events.length;
    const prefix = k <= n && kept.events.every((e, i) => JSON.stringify(e) === JSON.stringify(playing.events[i]));
    const rest = n - k;
    if (prefix && rest === 0)
      return `${head} Dit spel is bewaard tot en met stap ${k}; wat u nu verder doet, staat alleen in dit tabblad. ${tail}`;
    if (prefix)
      return `${head} Bewaard is dit spel tot en met stap ${k} van ${n}; ${rest === 1 ? 'de laatste stap staat' : `de laatste ${rest} stappen staan`} alleen in dit tabblad. ${tail}`;
  }
  if (kept)
    return `${head} Het spel dat eerder was opgeslagen blijft bewaard; dit spel (${n} ${n === 1 ? 'stap' : 'stappen'}) staat alleen in dit tabblad. ${tail}`;
  return `${head} Van dit spel is nog niets bewaard. ${tail}`;
}

/** `label` says where the game stands, for the list of saved games on the title screen. */
export function autosave(store: AppStore, data: SaveData, label: string): void {
  const result = saveStorage.write(JSON.stringify(data), { label });
  const notice = store.getState().notice;
  if (result === 'saved' && notice?.startsWith(PREFIX)) store.getState().setNotice(null);
  if (result === 'failed') store.getState().setNotice(unsavedNotice(data, saveStorage.read()));
}
