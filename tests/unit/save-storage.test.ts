/** Save slots: games side by side, saves from before slots appear as the first, nothing thrown. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStorage } from '../../src/state/save-storage';
import { type MemoryStorage, memoryStorage } from './memory-storage';

let store: MemoryStorage;
/** The module keeps which slot this page plays in and whether it owns it: start each test afresh. */
const load = async () => {
  saveStorage.release();
  saveStorage.select(1);
  return saveStorage;
};

beforeEach(() => {
  store = memoryStorage();
  vi.stubGlobal('localStorage', store);
});
// Test files share one worker (vitest.config.ts: isolate false): leave no global behind.
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('save slots', () => {
  it('lists a save from before slots as the first slot, named "Spel 1"', async () => {
    store.setItem('koers.save.v1', '{"seed":1}');
    const s = await load();
    expect(s.list()).toEqual([{ slot: 1, name: 'Spel 1', savedAt: 0, label: '' }]);
    expect(s.free()).toBe(2);
  });

  it('keeps games side by side, the most recently saved first, with their names and labels', async () => {
    const s = await load();
    vi.useFakeTimers();
    s.select(1);
    s.claim();
    vi.setSystemTime(1_000);
    expect(s.write('{"a":1}', { label: 'Kwartaal 2' })).toBe('saved');
    s.select(2);
    s.claim();
    vi.setSystemTime(2_000);
    expect(s.write('{"b":2}', { label: 'Intake' })).toBe('saved');
    vi.useRealTimers();
    s.rename(2, '  Team   Noord  ');
    const list = s.list();
    expect(list).toEqual([
      { slot: 2, name: 'Team Noord', savedAt: 2_000, label: 'Intake' },
      { slot: 1, name: 'Spel 1', savedAt: 1_000, label: 'Kwartaal 2' },
    ]);
    expect(s.read(1)).toBe('{"a":1}');
    expect(s.read(2)).toBe('{"b":2}');
    s.clear(1);
    expect(s.list().map((x) => x.slot)).toEqual([2]);
    expect(s.free()).toBe(1);
  });

  it('says when all slots are taken', async () => {
    const s = await load();
    for (let slot = 1; slot <= 6; slot++) {
      s.select(slot);
      s.claim();
      s.write(`{"n":${slot}}`);
    }
    expect(s.free()).toBeNull();
    expect(s.list()).toHaveLength(6);
  });

  it('never throws when storage is full or holds garbage, and says the write failed', async () => {
    store.setItem('koers.saves.v1', '{not json');
    const s = await load();
    s.claim();
    store.full = true;
    expect(s.write('{"x":1}')).toBe('failed');
    expect(() => s.list()).not.toThrow();
    expect(() => s.rename(1, 'x')).not.toThrow();
    expect(() => s.clear(1)).not.toThrow();
  });

  it('refuses to write once another tab has claimed the slot', async () => {
    const s = await load();
    s.claim();
    store.setItem('koers.save.v1.owner', 'another-tab');
    expect(s.write('{"x":1}')).toBe('taken');
    expect(s.read()).toBeNull();
  });
});
