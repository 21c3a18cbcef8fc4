/** The autosave slot in localStorage. Storage can be full, blocked or absent: never throw. */
const KEY = 'koers.save.v1';

export const saveStorage = {
  read(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  write(text: string): boolean {
    try {
      localStorage.setItem(KEY, text);
      return true;
    } catch {
      return false;
    }
  },
  clear(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  },
};
