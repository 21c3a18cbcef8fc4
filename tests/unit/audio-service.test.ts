import { describe, expect, it, vi } from 'vitest';
import {
  createAudioService,
  FAILURE_MESSAGE,
  type HowlerLike,
  type HowlLike,
  type HowlOptionsLike,
} from '../../src/audio/audio-service';
import { CAPTIONS, SOUND_IDS } from '../../src/audio/synth';

interface FakeOptions {
  throwOnConstruct?: boolean;
  throwOnPlay?: boolean;
  noAudio?: boolean;
}

/** A stand-in for Howler that records what the service asks of it. */
function fakeHowler(opts: FakeOptions = {}) {
  const howls: FakeHowl[] = [];
  const muteCalls: boolean[] = [];

  class FakeHowl implements HowlLike {
    plays = 0;
    stops = 0;
    vol: number;
    isPlaying = false;
    constructor(readonly options: HowlOptionsLike) {
      if (opts.throwOnConstruct) throw new Error('AudioContext kapot');
      this.vol = options.volume;
      howls.push(this);
    }
    play() {
      if (opts.throwOnPlay) throw new Error('play blocked');
      this.plays++;
      this.isPlaying = this.options.loop;
      return 1;
    }
    stop() {
      this.stops++;
      this.isPlaying = false;
      return this;
    }
    volume(v: number) {
      this.vol = v;
      return this;
    }
    playing() {
      return this.isPlaying;
    }
  }

  const lib: HowlerLike = {
    Howl: FakeHowl,
    Howler: {
      mute: (m: boolean) => muteCalls.push(m),
      volume: () => 1,
      ctx: null,
      noAudio: opts.noAudio ?? false,
    },
  };
  const music = () => howls.find((h) => h.options.loop);
  const sfx = () => howls.filter((h) => !h.options.loop);
  return { lib, howls, muteCalls, music, sfx };
}

describe('createAudioService', () => {
  it('is locked and creates nothing before unlock()', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    const captions: string[] = [];
    audio.onCaption((t) => captions.push(t));
    audio.play('event');
    audio.startMusic();
    audio.apply({ music: 0.2, effects: 0.3, muted: true });
    expect(audio.status).toBe('locked');
    expect(fake.howls).toHaveLength(0);
    expect(fake.muteCalls).toHaveLength(0);
    expect(captions).toEqual([]);
  });

  it('creates one Howl per sound at unlock and plays afterwards', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    expect(audio.status).toBe('ready');
    expect(fake.sfx()).toHaveLength(SOUND_IDS.length);
    for (const howl of fake.howls) {
      expect(howl.options.src[0]).toMatch(/^data:audio\/wav;base64,/);
      expect(howl.options.format).toEqual(['wav']);
    }
    audio.play('event');
    const index = SOUND_IDS.indexOf('event');
    expect(fake.howls[index]?.plays).toBe(1);
    expect(fake.howls.reduce((n, h) => n + h.plays, 0)).toBe(1);
  });

  it('unlock() is idempotent', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    audio.unlock();
    expect(fake.howls).toHaveLength(SOUND_IDS.length);
  });

  it('applies music and effects volumes separately', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.apply({ music: 0.25, effects: 0.75, muted: false });
    audio.unlock();
    audio.startMusic();
    expect(fake.music()?.vol).toBe(0.25);
    for (const h of fake.sfx()) expect(h.vol).toBe(0.75);

    audio.apply({ music: 0.6, effects: 0.1, muted: false });
    expect(fake.music()?.vol).toBe(0.6);
    for (const h of fake.sfx()) expect(h.vol).toBe(0.1);
  });

  it('clamps nonsense volumes', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    audio.startMusic();
    audio.apply({ music: 7, effects: Number.NaN, muted: false });
    expect(fake.music()?.vol).toBe(1);
    for (const h of fake.sfx()) expect(h.vol).toBeGreaterThanOrEqual(0);
  });

  it('mutes through Howler.mute and skips effects while muted', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    audio.apply({ music: 0.5, effects: 0.5, muted: true });
    expect(fake.muteCalls.at(-1)).toBe(true);
    audio.play('confirm');
    expect(fake.howls.reduce((n, h) => n + h.plays, 0)).toBe(0);
    audio.apply({ music: 0.5, effects: 0.5, muted: false });
    expect(fake.muteCalls.at(-1)).toBe(false);
    audio.play('confirm');
    expect(fake.howls.reduce((n, h) => n + h.plays, 0)).toBe(1);
  });

  it('applies settings stored before unlock at unlock', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.apply({ music: 0.5, effects: 0.4, muted: true });
    audio.unlock();
    expect(fake.muteCalls).toEqual([true]);
    for (const h of fake.sfx()) expect(h.vol).toBe(0.4);
  });

  it('emits captions for meaningful sounds but not for clicks', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    const captions: string[] = [];
    const off = audio.onCaption((t) => captions.push(t));
    audio.unlock();
    audio.play('click');
    audio.play('knock');
    audio.play('event');
    audio.startMusic();
    expect(captions).toEqual([CAPTIONS.knock, CAPTIONS.event, CAPTIONS.music]);
    off();
    audio.play('positive');
    expect(captions).toHaveLength(3);
  });

  it('remembers startMusic() before unlock, does not double-start, and stops', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.startMusic();
    expect(fake.howls).toHaveLength(0);
    audio.unlock();
    expect(fake.music()?.plays).toBe(1);
    audio.startMusic();
    expect(fake.music()?.plays).toBe(1);
    audio.stopMusic();
    expect(fake.music()?.stops).toBe(1);
    expect(fake.music()?.isPlaying).toBe(false);
  });

  it('starts wanted music once it is unmuted', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.apply({ music: 0.5, effects: 0.5, muted: true });
    audio.unlock();
    audio.startMusic();
    expect(fake.music()).toBeUndefined();
    audio.apply({ music: 0.5, effects: 0.5, muted: false });
    expect(fake.music()?.plays).toBe(1);
  });

  it('a throwing Howl constructor fails silently, once', () => {
    const fake = fakeHowler({ throwOnConstruct: true });
    const audio = createAudioService({ howler: fake.lib });
    const failures = vi.fn();
    audio.onFailure(failures);
    expect(() => audio.unlock()).not.toThrow();
    expect(audio.status).toBe('failed');
    expect(failures).toHaveBeenCalledTimes(1);
    expect(failures).toHaveBeenCalledWith(FAILURE_MESSAGE);
    expect(() => {
      audio.play('event');
      audio.startMusic();
      audio.stopMusic();
      audio.apply({ music: 1, effects: 1, muted: false });
      audio.unlock();
    }).not.toThrow();
    expect(failures).toHaveBeenCalledTimes(1);
  });

  it('a throwing play() fails silently and emits no caption', () => {
    const fake = fakeHowler({ throwOnPlay: true });
    const audio = createAudioService({ howler: fake.lib });
    const captions: string[] = [];
    audio.onCaption((t) => captions.push(t));
    audio.unlock();
    expect(() => audio.play('event')).not.toThrow();
    expect(audio.status).toBe('failed');
    expect(captions).toEqual([]);
  });

  it.each(['onloaderror', 'onplayerror'] as const)('%s from Howler switches to failed', (hook) => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    const failures = vi.fn();
    audio.onFailure(failures);
    audio.unlock();
    fake.howls[0]?.options[hook](1, 'decode error');
    fake.howls[1]?.options[hook](1, 'decode error');
    expect(audio.status).toBe('failed');
    expect(failures).toHaveBeenCalledTimes(1);
  });

  it('treats Howler.noAudio as a failure', () => {
    const fake = fakeHowler({ noAudio: true });
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    expect(audio.status).toBe('failed');
  });

  it('tells a late failure subscriber straight away', () => {
    const fake = fakeHowler({ throwOnConstruct: true });
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    const late = vi.fn();
    audio.onFailure(late);
    expect(late).toHaveBeenCalledWith(FAILURE_MESSAGE);
  });

  it('survives listeners that throw', () => {
    const fake = fakeHowler();
    const audio = createAudioService({ howler: fake.lib });
    audio.onCaption(() => {
      throw new Error('ui bug');
    });
    audio.unlock();
    expect(() => audio.play('event')).not.toThrow();
    expect(audio.status).toBe('ready');
  });

  it('resumes a suspended AudioContext at unlock and fails if that is refused', async () => {
    const fake = fakeHowler();
    const resume = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    fake.lib.Howler.ctx = { state: 'suspended', resume };
    const audio = createAudioService({ howler: fake.lib });
    audio.unlock();
    expect(resume).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(audio.status).toBe('failed');
  });

  it("Howler's own resume calls cannot leak a rejection: the refusal turns sound off", async () => {
    const fake = fakeHowler();
    const refused = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    fake.lib.Howler.ctx = { state: 'running', resume: refused };
    const audio = createAudioService({ howler: fake.lib });
    const failures: string[] = [];
    audio.onFailure((m) => failures.push(m));
    audio.unlock();
    expect(audio.status).toBe('ready');
    // What Howler does before a sound plays, without a catch of its own.
    await expect(fake.lib.Howler.ctx!.resume!()).resolves.toBeUndefined();
    expect(refused).toHaveBeenCalledTimes(1);
    expect(audio.status).toBe('failed');
    expect(failures).toEqual([FAILURE_MESSAGE]);
  });

  it('with the real Howler in Node (no audio device) it fails gracefully', () => {
    const audio = createAudioService();
    expect(audio.status).toBe('locked');
    expect(() => audio.unlock()).not.toThrow();
    expect(audio.status).toBe('failed');
  });
});
