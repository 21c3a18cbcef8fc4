/**
 * Where a dilemma session and the facilitator's own sets live in this browser (localStorage).
 * Storage can be full, blocked or absent: reading gives nothing, writing says it failed.
 */
import type { DilemmasData } from '../../view';
import { type Kept, keptText, type OwnSet, ownSetsText, readKept, readOwnSets } from '../../view/dilemma-keep';

const SESSION_KEY = 'koers.dilemmasessie.v1';
const SETS_KEY = 'koers.dilemmasets.v1';
/** In the address while a session is open, so a reload opens it again instead of the title. */
export const DILEMMA_HASH = '#dilemmasessie';

const get = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const put = (key: string, text: string | null): boolean => {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
};

export const keptSession = {
  read: (data: DilemmasData): Kept | null => readKept(get(SESSION_KEY), data),
  write: (k: Kept): boolean => put(SESSION_KEY, keptText(k)),
  clear: (): boolean => put(SESSION_KEY, null),
};

export const ownSets = {
  read: (data: DilemmasData): OwnSet[] => readOwnSets(get(SETS_KEY), data),
  write: (sets: readonly OwnSet[]): boolean => put(SETS_KEY, ownSetsText(sets)),
};
