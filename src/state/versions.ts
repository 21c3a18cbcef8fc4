/**
 * Which scenario version a save or result code was made on, and that version's bundle: the
 * current one, or an archived previous one (loaded on demand, see content/vite-plugin.ts). So a
 * game in progress continues on the content it started with after an update, and a code from an
 * older version opens on that version. Loaded lazily with the game.
 */
import current from 'virtual:koers-scenario';
import archived from 'virtual:koers-versions';
import { codeFingerprint, madeOn } from '../game/content-match';
import { readHeader } from '../game/event-codec';
import { unseal } from '../game/result-code';
import type { ScenarioBundle } from '../sim/schema';
import type { AppStore } from './store';

async function load(fingerprint: string): Promise<ScenarioBundle | undefined> {
  const loader = archived[fingerprint];
  return loader ? (await loader()).default : undefined;
}

/** The bundle a save was made on; the current one when it says nothing else (or cannot be read). */
export async function bundleForSave(text: string | null): Promise<ScenarioBundle> {
  let fingerprint: unknown;
  try {
    fingerprint = text ? (JSON.parse(text) as { fingerprint?: unknown }).fingerprint : undefined;
  } catch {
    return current;
  }
  if (typeof fingerprint !== 'string' || madeOn(current, fingerprint)) return current;
  return (await load(fingerprint)) ?? current;
}

/** The bundle a result code was made on (it carries the first 32 bits of the fingerprint). */
export async function bundleForCode(text: string): Promise<ScenarioBundle> {
  const opened = unseal(text);
  if (!opened.ok) return current;
  let head: number;
  try {
    head = readHeader(current, opened.body).fingerprint;
  } catch {
    return current;
  }
  if (head === codeFingerprint(current)) return current;
  const fp = Object.keys(archived).find((f) => Number.parseInt(f.slice(0, 8), 16) >>> 0 === head);
  return (fp && (await load(fp))) || current;
}

/** The version an exported game (JSON) or a result code was made on. */
export const bundleFor = (text: string): Promise<ScenarioBundle> =>
  text.trim().startsWith('{') ? bundleForSave(text.trim()) : bundleForCode(text);

/** Said while a game shown or played is on an earlier version than the current one. */
export const OLDER_VERSION_NOTICE =
  'Dit spel is gespeeld op een eerdere versie van het scenario en loopt op die versie verder, zodat er niets aan verandert. Een nieuw spel begint op de nieuwe versie.';

/** Tells the player which version the game on screen runs on (and stops saying so for the current). */
export function noteVersion(store: AppStore, b: ScenarioBundle): void {
  const { notice, setNotice } = store.getState();
  if (b.fingerprint !== current.fingerprint) setNotice(OLDER_VERSION_NOTICE);
  else if (notice === OLDER_VERSION_NOTICE) setNotice(null);
}
