/**
 * Saved games in localStorage, several side by side: slot n holds one game under its own key (slot 1
 * under the key every earlier release used, so its saves simply appear as the first slot), and a
 * small index keeps each slot's name, last-saved time and where the game stands. Storage can be
 * full, blocked or absent: never throw.
 *
 * Tabs share the slots, so one tab at a time owns a slot: claim() makes this tab its owner (its id
 * under the slot's owner key, and a Web Lock held while the game is open), and write() refuses once
 * another tab has claimed it since, so an older tab never writes over a newer save. The lock tells a
 * second tab that the game is open elsewhere; the owner key works without it too.
 */
const BASE = 'koers.save.v1';
const INDEX = 'koers.saves.v1';
/** Enough for a few teams or a few tries on one device; more is clutter on the title screen. */
export const SLOTS = 6;

export type WriteResult = 'saved' | 'failed' | 'taken';

export interface SlotInfo {
  slot: number;
  name: string;
  /** ms since the epoch; 0 when unknown (a save from before slots). */
  savedAt: number;
  /** Where the game stands, as the status bar said it ("Kwartaal 3 — …"). */
  label: string;
}

const keyOf = (slot: number) => (slot === 1 ? BASE : `${BASE}.${slot}`);

/** This page's id: a reload is a new page, whose lock the old one released on unload. */
const tab = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
let current = 1;
let owner = false;
let releaseLock: (() => void) | null = null;
const takenListeners = new Set<() => void>();

const locks = (): LockManager | null => {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  } catch {
    return null;
  }
};

const get = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const set = (key: string, value: string): boolean => {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
};

type Index = Record<string, Omit<SlotInfo, 'slot'>>;
const readIndex = (): Index => {
  try {
    const parsed: unknown = JSON.parse(get(INDEX) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Index) : {};
  } catch {
    return {};
  }
};
const textOf = (slot: number): string | null => {
  const text = get(keyOf(slot));
  return text?.trim() ? text : null;
};

/** Another tab claimed the slot: stop writing and tell the UI once. */
const lose = () => {
  if (!owner) return;
  owner = false;
  releaseLock?.();
  releaseLock = null;
  for (const listener of [...takenListeners]) listener();
};

if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === `${keyOf(current)}.owner` && e.newValue !== tab) lose();
  });

export const saveStorage = {
  /** Every slot that holds a game, the most recently saved first. */
  list(): SlotInfo[] {
    const index = readIndex();
    const slots: SlotInfo[] = [];
    for (let slot = 1; slot <= SLOTS; slot++) {
      if (textOf(slot) === null) continue;
      const meta = index[slot];
      slots.push({
        slot,
        name: typeof meta?.name === 'string' && meta.name.trim() ? meta.name : `Spel ${slot}`,
        savedAt: typeof meta?.savedAt === 'number' ? meta.savedAt : 0,
        label: typeof meta?.label === 'string' ? meta.label : '',
      });
    }
    return slots.sort((a, b) => b.savedAt - a.savedAt || a.slot - b.slot);
  },
  /** The first empty slot, or null when all are taken. */
  free(): number | null {
    for (let slot = 1; slot <= SLOTS; slot++) if (textOf(slot) === null) return slot;
    return null;
  },
  /** The slot this page plays in (or last played in). */
  get current(): number {
    return current;
  },
  /** Plays in `slot` from now on; lets go of the slot held before. */
  select(slot: number): void {
    if (slot === current) return;
    saveStorage.release();
    current = slot;
  },
  /** The current slot's saved game; null when there is none (an empty slot counts as none). */
  read(slot = current): string | null {
    return textOf(slot);
  },
  /** Writes when this tab owns the slot; 'taken' when another tab has claimed it since. */
  write(text: string, meta: { name?: string; label?: string } = {}): WriteResult {
    const ownerKey = get(`${keyOf(current)}.owner`);
    if (!owner || (ownerKey !== null && ownerKey !== tab)) {
      lose();
      return 'taken';
    }
    if (!set(keyOf(current), text)) return 'failed';
    const index = readIndex();
    const before = index[current];
    index[current] = {
      name: meta.name ?? before?.name ?? `Spel ${current}`,
      savedAt: Date.now(),
      label: meta.label ?? before?.label ?? '',
    };
    // The index is a convenience: a game saved without it still lists, under "Spel n".
    set(INDEX, JSON.stringify(index));
    return 'saved';
  },
  /** Gives a saved game a name of the player's choosing (trimmed, at most 40 characters). */
  rename(slot: number, name: string): void {
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, 40);
    const index = readIndex();
    const before = index[slot];
    if (!clean || !before) return;
    index[slot] = { ...before, name: clean };
    set(INDEX, JSON.stringify(index));
  },
  /** Forgets the game in `slot` (the current one by default). */
  clear(slot = current): void {
    try {
      localStorage.removeItem(keyOf(slot));
      const index = readIndex();
      delete index[slot];
      localStorage.setItem(INDEX, JSON.stringify(index));
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  },
  /** Is the current slot's game open for play in another tab (it holds the lock)? False without Web Locks. */
  async openElsewhere(): Promise<boolean> {
    const lm = locks();
    if (!lm || owner) return false;
    try {
      const state = await lm.query();
      return (state.held ?? []).some((l) => l.name === keyOf(current));
    } catch {
      return false;
    }
  },
  /** Makes this tab the current slot's owner; any other tab stops writing (and hears so). */
  claim(): void {
    set(`${keyOf(current)}.owner`, tab);
    if (owner) return;
    owner = true;
    const lm = locks();
    if (!lm) return;
    const held = new Promise<void>((resolve) => {
      releaseLock = resolve;
    });
    // steal: the tab that held it sees its request rejected, and loses the slot.
    lm.request(keyOf(current), { steal: true }, () => held).catch(() => lose());
  },
  /** The game is closed here (back to the title): another tab may open it without asking. */
  release(): void {
    if (!owner) return;
    owner = false;
    releaseLock?.();
    releaseLock = null;
  },
  get owned(): boolean {
    return owner;
  },
  onTaken(listener: () => void): () => void {
    takenListeners.add(listener);
    return () => takenListeners.delete(listener);
  },
};
