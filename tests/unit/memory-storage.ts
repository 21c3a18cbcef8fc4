/** An in-memory stand-in for localStorage, shared by the tests of everything the browser keeps. */
export interface MemoryStorage {
  data: Map<string, string>;
  /** Set to make every write fail as a full or blocked browser storage does. */
  full: boolean;
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

export function memoryStorage(): MemoryStorage {
  const data = new Map<string, string>();
  const s: MemoryStorage = {
    data,
    full: false,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (s.full) throw new DOMException('vol', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return s;
}
