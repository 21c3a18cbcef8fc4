import { describe, expect, it } from 'vitest';
import type { AudioService, AudioStatus } from '../../src/audio/audio-service';
import { deferredAudioService } from '../../src/audio/deferred';
import { FAILURE_MESSAGE } from '../../src/audio/failure';

/** A service that records the calls it gets, in order. */
function recorder() {
  const calls: string[] = [];
  const captions = new Set<(t: string) => void>();
  let status: AudioStatus = 'locked';
  const service: AudioService = {
    get status() {
      return status;
    },
    unlock: () => {
      calls.push('unlock');
      status = 'ready';
    },
    play: (id) => calls.push(`play ${id}`),
    startMusic: () => calls.push('startMusic'),
    stopMusic: () => calls.push('stopMusic'),
    apply: (s) => calls.push(`apply ${s.music}`),
    onCaption: (l) => {
      captions.add(l);
      return () => captions.delete(l);
    },
    onFailure: () => () => {},
  };
  const caption = (t: string) => {
    for (const l of captions) l(t);
  };
  return { service, calls, caption };
}

/** A load that finishes when the test says so. */
function pending<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the audio service loaded after the title screen', () => {
  it('does what was asked before the code arrived, in order, and drops sound effects asked for meanwhile', async () => {
    const r = recorder();
    const load = pending<AudioService>();
    const audio = deferredAudioService(() => load.promise);
    const heard: string[] = [];
    audio.onCaption((t) => heard.push(t));
    const gone = audio.onCaption((t) => heard.push(`weg: ${t}`));
    gone();
    audio.startMusic();
    audio.apply({ music: 0.3, effects: 1, muted: false });
    audio.play('click');
    audio.unlock();
    expect(audio.status).toBe('locked');
    expect(r.calls).toEqual([]);
    load.resolve(r.service);
    await settle();
    expect(r.calls).toEqual(['startMusic', 'apply 0.3', 'unlock']);
    expect(audio.status).toBe('ready');
    audio.play('click');
    expect(r.calls.at(-1)).toBe('play click');
    r.caption('muziek');
    expect(heard).toEqual(['muziek']);
  });

  it('says that sound is off when its code cannot be loaded, to early and late listeners', async () => {
    const load = pending<AudioService>();
    const audio = deferredAudioService(() => load.promise);
    const early: string[] = [];
    audio.onFailure((m) => early.push(m));
    audio.unlock();
    load.reject(new Error('offline'));
    await settle();
    expect(audio.status).toBe('failed');
    expect(early).toEqual([FAILURE_MESSAGE]);
    const late: string[] = [];
    audio.onFailure((m) => late.push(m));
    expect(late).toEqual([FAILURE_MESSAGE]);
  });
});
