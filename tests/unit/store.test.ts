import { describe, expect, it } from 'vitest';
import { createAppStore, defaultSettings } from '../../src/state/store';
import { memoryStorage } from './memory-storage';

const memory = memoryStorage;

describe('app store', () => {
  it('each store is its own: no shared singleton', () => {
    const a = createAppStore({ storage: memory() });
    const b = createAppStore({ storage: memory() });
    a.getState().setSettings({ muted: true });
    expect(b.getState().settings.muted).toBe(false);
  });

  it('persists only the settings, and clamps what it stores', () => {
    const storage = memory();
    const s = createAppStore({ storage });
    s.getState().setSettings({ music: 3, effects: -1, largeText: true });
    s.setState({ notice: 'tijdelijk' });
    const saved = JSON.parse(storage.data.get('koers.settings')!);
    expect(saved.state).toEqual({ settings: { ...defaultSettings(), music: 1, effects: 0, largeText: true } });
  });

  it('restores settings, ignoring malformed stored values', () => {
    const storage = memory();
    storage.setItem(
      'koers.settings',
      JSON.stringify({ state: { settings: { music: 'hard', muted: true, effects: 0.25 } }, version: 1 }),
    );
    const s = createAppStore({ storage });
    expect(s.getState().settings).toEqual({ ...defaultSettings(), muted: true, effects: 0.25 });
  });

  it('shows a problem as its own route', () => {
    const s = createAppStore({ storage: memory() });
    s.getState().showProblem({ title: 'T', message: 'M' });
    expect(s.getState().route).toBe('problem');
    expect(s.getState().problem).toEqual({ title: 'T', message: 'M' });
  });
});
