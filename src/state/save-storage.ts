/**
 * The autosave slot in localStorage: one game per slot. Storage can be full, blocked or absent:
 * never throw. Tabs share the slot, so one tab at a time owns it: claim() makes this tab the owner
 * (its id under OWNER_KEY, and a Web Lock held while the game is open), and write() refuses once
 * another tab has claimed it since, so an older tab never writes over a newer save. The lock tells
 * a second tab that the game is open elsewhere; the owner key works without it too.
 */
const KEY = 'koers.save.v1';
const OWNER_KEY = 'koers.save.v1.owner';
const LOCK = 'koers.save.v1';

export type WriteResult = 'saved' | 'failed' | 'taken';

/** This page's id: a reload is a new page, whose lock the old one released on unload. */
const tab = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
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
    if (e.key === OWNER_KEY && e.newValue !== tab) lose();
  });

export const saveStorage = {
  /** The saved game's text; null when there is none (an empty slot counts as none). */
  read(): string | null {
    const text = get(KEY);
    return text?.trim() ? text : null;
  },
  /** Writes when this tab owns the slot; 'taken' when another tab has claimed it since. */
  write(text: string): WriteResult {
    const current = get(OWNER_KEY);
    if (!owner || (current !== null && current !== tab)) {
      lose();
      return 'taken';
    }
    try {
      localStorage.setItem(KEY, text);
      return 'saved';
    } catch {
      return 'failed';
    }
  },
  clear(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  },
  /** Is the game open for play in another tab (it holds the lock)? False without Web Locks. */
  async openElsewhere(): Promise<boolean> {
    const lm = locks();
    if (!lm || owner) return false;
    try {
      const state = await lm.query();
      return (state.held ?? []).some((l) => l.name === LOCK);
    } catch {
      return false;
    }
  },
  /** Makes this tab the slot's owner; any other tab stops writing (and hears so). */
  claim(): void {
    try {
      localStorage.setItem(OWNER_KEY, tab);
    } catch {
      // Storage blocked: write() will say so.
    }
    if (owner) return;
    owner = true;
    const lm = locks();
    if (!lm) return;
    const held = new Promise<void>((resolve) => {
      releaseLock = resolve;
    });
    // steal: the tab that held it sees its request rejected, and loses the slot.
    lm.request(LOCK, { steal: true }, () => held).catch(() => lose());
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
