import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64,
  CAPTIONS,
  encodeWav,
  renderMusic,
  renderSound,
  SAMPLE_RATE,
  SOUND_IDS,
  wavDataUrl,
} from '../../src/audio/synth';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Parses our WAV output and checks every header field on the way. */
function decodeWav(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(ascii(bytes, 0, 4)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(ascii(bytes, 8, 16)).toBe('WAVEfmt ');
  expect(view.getUint32(16, true)).toBe(16);
  expect(view.getUint16(20, true)).toBe(1); // PCM
  expect(view.getUint16(22, true)).toBe(1); // mono
  expect(view.getUint32(24, true)).toBe(22050);
  expect(view.getUint32(28, true)).toBe(44100);
  expect(view.getUint16(32, true)).toBe(2);
  expect(view.getUint16(34, true)).toBe(16);
  expect(ascii(bytes, 36, 40)).toBe('data');
  expect(view.getUint32(40, true)).toBe(bytes.length - 44);
  const n = (bytes.length - 44) / 2;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getInt16(44 + i * 2, true) / 32768;
  return out;
}

// Buffer.equals instead of toEqual: a deep element-wise diff of a 1 MB array takes seconds.
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const peak = (s: Float32Array) => s.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
const dbfs = (x: number) => 20 * Math.log10(x);

describe('renderSound', () => {
  it('has seven distinct sound ids', () => {
    expect(new Set(SOUND_IDS).size).toBe(7);
  });

  for (const id of SOUND_IDS) {
    it(`${id}: valid 16-bit mono WAV, 50–900 ms, gentle level, no clicks at the edges`, () => {
      const samples = decodeWav(renderSound(id));
      const ms = (samples.length / SAMPLE_RATE) * 1000;
      expect(ms).toBeGreaterThanOrEqual(50);
      expect(ms).toBeLessThanOrEqual(900);
      expect(peak(samples)).toBeGreaterThan(0.1); // audible
      expect(dbfs(peak(samples))).toBeLessThanOrEqual(-6 + 0.01); // never harsh
      expect(Math.abs(samples[0] ?? 1)).toBeLessThan(0.01);
      expect(Math.abs(samples[samples.length - 1] ?? 1)).toBeLessThan(0.01);
    });
  }

  it('is deterministic', () => {
    for (const id of SOUND_IDS) expect(sameBytes(renderSound(id), renderSound(id))).toBe(true);
  });

  it('gives each sound its own recipe', () => {
    const urls = new Set(SOUND_IDS.map((id) => wavDataUrl(renderSound(id))));
    expect(urls.size).toBe(SOUND_IDS.length);
  });
});

describe('renderMusic', () => {
  const t0 = performance.now();
  const bytes = renderMusic();
  const renderMs = performance.now() - t0;
  const samples = decodeWav(bytes);

  it('is a 16–24 s piece', () => {
    const seconds = samples.length / SAMPLE_RATE;
    expect(seconds).toBeGreaterThanOrEqual(16);
    expect(seconds).toBeLessThanOrEqual(24);
  });

  it('is quiet (peak ≤ -6 dBFS) but clearly present', () => {
    expect(dbfs(peak(samples))).toBeLessThanOrEqual(-6);
    const rms = Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / samples.length);
    expect(dbfs(rms)).toBeGreaterThan(-35);
  });

  it('has no long silences (a pad runs throughout)', () => {
    const window = SAMPLE_RATE / 4;
    for (let i = 0; i + window <= samples.length; i += window) {
      expect(peak(samples.subarray(i, i + window))).toBeGreaterThan(0.02);
    }
  });

  it('loops seamlessly: starts at a zero crossing and the wrap is no bigger than an ordinary step', () => {
    const first = samples[0] ?? 1;
    const last = samples[samples.length - 1] ?? 1;
    expect(Math.abs(first)).toBeLessThan(0.01);
    expect(last).toBeLessThanOrEqual(0); // rising crossing: the sample before the loop point is negative
    const steps = Array.from(samples.subarray(1), (v, i) => Math.abs(v - (samples[i] ?? 0))).sort((a, b) => a - b);
    const p99 = steps[Math.floor(steps.length * 0.99)] ?? 0;
    expect(Math.abs(first - last)).toBeLessThanOrEqual(p99);
  });

  it('is deterministic', () => {
    expect(sameBytes(renderMusic(), bytes)).toBe(true);
  });

  it('renders quickly enough to do at runtime', () => {
    // The budget is ~150 ms on a normal machine; the bound here is loose so a busy CI box does not flake.
    expect(renderMs).toBeLessThan(1500);
  });
});

describe('wavDataUrl / base64', () => {
  it('produces a WAV data URL', () => {
    expect(wavDataUrl(renderSound('click')).startsWith('data:audio/wav;base64,UklGR')).toBe(true);
  });

  it('matches Node base64 for any bytes (padding included)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('round-trips a whole sound', () => {
    const bytes = renderSound('knock');
    const decoded = Buffer.from(wavDataUrl(bytes).split(',')[1] ?? '', 'base64');
    expect(new Uint8Array(decoded)).toEqual(bytes);
  });

  it('clamps out-of-range samples instead of wrapping around', () => {
    const samples = decodeWav(encodeWav(new Float32Array([2, -2, 0])));
    expect(samples[0]).toBeCloseTo(32767 / 32768);
    expect(samples[1]).toBeCloseTo(-32767 / 32768);
  });
});

describe('CAPTIONS', () => {
  it('has a Dutch caption for every sound and the music', () => {
    for (const key of [...SOUND_IDS, 'music'] as const) expect(CAPTIONS[key]).toMatch(/^\[(Geluid|Muziek): .+\]$/);
    expect(CAPTIONS.event).toBe('[Geluid: nieuw bericht]');
    expect(CAPTIONS.knock).toBe('[Geluid: er wordt aangeklopt]');
  });
});

describe('determinism by construction', () => {
  it('uses no Math.random or Date.now', () => {
    const portrait = readdirSync(new URL('../../src/art/portrait', import.meta.url)).map(
      (f) => `src/art/portrait/${f}`,
    );
    for (const file of ['src/audio/synth.ts', 'src/audio/audio-service.ts', ...portrait]) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/Math\.random|Date\.now/);
    }
  });
});
